package org.protocoldesk.service;

/** What is wrong with a field; the screens say it in words (enum labels), the services only name it. */
public enum Problem {
    REQUIRED,
    TOO_LONG,
    TIME_NEEDS_ZONE,
    DEADLINE_BEFORE_EXTENSION,
    DUE_BEFORE_MEETING,
    ENDS_BEFORE_START,
    INVITER_REQUIRED,
    INVITEE_REQUIRED
}
