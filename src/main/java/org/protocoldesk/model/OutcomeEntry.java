package org.protocoldesk.model;

/**
 * An outcome as logged: its kind and text, and for an invitation or a signed document the terms of the record it
 * creates (null for the other kinds). {@code outcomeId} is set once it is stored: an edit keeps it.
 */
public record OutcomeEntry(Long outcomeId, OutcomeKind kind, String text, InvitationTerms invitation,
                           DocumentTerms document) {

    public static OutcomeEntry text(OutcomeKind kind, String text) {
        return new OutcomeEntry(null, kind, text, null, null);
    }
}
