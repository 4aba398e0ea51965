package org.protocoldesk.model;

public enum DocumentStatus {
    SIGNED, ADOPTED, DRAFT
}
