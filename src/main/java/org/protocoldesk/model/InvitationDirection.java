package org.protocoldesk.model;

public enum InvitationDirection {
    INCOMING, OUTGOING
}
