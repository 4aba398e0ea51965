package org.protocoldesk.model;

public enum MeetingKind {
    BILATERAL, SIDELINE, COURTESY_CALL, SIGNING, MULTILATERAL
}
