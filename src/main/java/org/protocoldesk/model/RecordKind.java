package org.protocoldesk.model;

/** The kinds of record the registry keeps, as search, "what links here" and change notices name them. */
public enum RecordKind {
    COUNTERPART, ORGANISATION, EVENT, TRIP, MEETING, INVITATION, DOCUMENT, FOLLOW_UP
}
