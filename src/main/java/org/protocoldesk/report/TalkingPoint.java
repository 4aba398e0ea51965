package org.protocoldesk.report;

/** A point to make and the record it came from ("Invitation extended on 16 May 2024"); the source may be empty. */
public record TalkingPoint(String text, String source) {
}
