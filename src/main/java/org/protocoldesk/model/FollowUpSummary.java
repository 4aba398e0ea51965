package org.protocoldesk.model;

import java.time.LocalDate;

/** A follow-up as the Today screen lists it, with its owner's name and the meeting it came from. */
public record FollowUpSummary(FollowUp followUp, String ownerName, String meetingTitle, LocalDate meetingDate) {
}
