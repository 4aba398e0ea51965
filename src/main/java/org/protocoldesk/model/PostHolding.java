package org.protocoldesk.model;

import java.time.LocalDate;

/** Who held a post at an organisation, and when; {@code to} is null while (or if not known to have left) in post. */
public record PostHolding(long personId, String fullName, String title, LocalDate from, LocalDate to) {
}
