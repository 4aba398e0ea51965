package org.protocoldesk.model;

/** What a generated document is: a briefing note (before a visit) or a trip report (after it). */
public enum ReportKind {
    BRIEFING_NOTE, TRIP_REPORT
}
