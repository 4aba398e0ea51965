package org.protocoldesk.model;

/**
 * An outcome as logged: its kind and text, and for an invitation or a signed document the terms of the record it
 * creates (null for the other kinds).
 */
public record OutcomeEntry(OutcomeKind kind, String text, InvitationTerms invitation, DocumentTerms document) {

    public static OutcomeEntry text(OutcomeKind kind, String text) {
        return new OutcomeEntry(kind, text, null, null);
    }
}
