package org.protocoldesk.model;

/** What a calendar entry stands for; each kind comes from one table. */
public enum CalendarItemKind {
    TRIP,
    EVENT,
    MEETING,
    REPLY_DEADLINE,
    PROPOSED_VISIT,
    FOLLOW_UP_DUE
}
