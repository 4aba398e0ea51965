package org.protocoldesk.model;

/** What the outcome at {@code position} (from 1) of a meeting created: an invitation, a document, or neither. */
public record OutcomeLink(int position, Long invitationId, Long documentId) {
}
