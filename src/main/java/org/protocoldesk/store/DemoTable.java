package org.protocoldesk.store;

/** The tables whose rows the demo data set creates and {@link DemoRowStore} can remove again. */
public enum DemoTable {
    ORGANISATION, PERSON, EVENT, TRIP, MEETING, TOPIC, FOLLOW_UP, INVITATION, DOCUMENT
}
