package org.protocoldesk.model;

import java.time.LocalDate;

/** The document an outcome says was signed or adopted, and its validity; {@code documentId} is set once it exists. */
public record DocumentTerms(Long documentId, String title, DocumentKind kind, DocumentStatus status,
                            LocalDate validFrom, LocalDate validUntil) {
}
