package org.protocoldesk.model;

import java.time.LocalDate;

/** A document as lists show it, with the name of the event it was signed or adopted at. */
public record DocumentSummary(long id, DocumentKind kind, String title, DocumentStatus status, LocalDate concludedOn,
                              String place, String eventName) {
}
