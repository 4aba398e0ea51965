package org.protocoldesk.model;

import java.time.LocalDate;

/** A follow-up as logged with a meeting; {@code followUpId} is set once it exists. */
public record FollowUpEntry(Long followUpId, String action, Party owedBy, Long ownerPersonId, LocalDate due) {
}
