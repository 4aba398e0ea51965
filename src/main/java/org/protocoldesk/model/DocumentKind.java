package org.protocoldesk.model;

public enum DocumentKind {
    AGREEMENT, MEMORANDUM, PROGRAMME, DECLARATION, PROTOCOL, PLAN, CHARTER, OTHER
}
