package org.protocoldesk.model;

import java.time.LocalDate;

/** One step of an invitation's history: the status it reached, the day, and the reason where one was given. */
public record InvitationChange(InvitationStatus status, LocalDate on, String reason) {
}
