package org.protocoldesk.model;

public enum InvitationStatus {
    PENDING, ACCEPTED, DECLINED, FULFILLED, LAPSED, NOT_RECORDED
}
