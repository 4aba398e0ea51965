package org.protocoldesk.model;

public enum OutcomeKind {
    AGREEMENT, DECISION, INVITATION, REQUEST, DOCUMENT_SIGNED, INFORMATION_EXCHANGED
}
