package org.protocoldesk.model;

/** What a timeline entry stands for. */
public enum TimelineKind {
    MEETING,
    INVITATION,
    DOCUMENT,
    EVENT,
    POST,
    FOLLOW_UP
}
