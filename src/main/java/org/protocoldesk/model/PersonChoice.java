package org.protocoldesk.model;

/**
 * A person as a picker offers them: name, side, and what else they may be typed as: other spellings, current post
 * and organisation. {@code detail} reads "Prosecutor General, General Prosecutor's Office"; it may be empty.
 */
public record PersonChoice(long id, Side side, String fullName, String detail, String otherSpellings) {
    public PersonChoice {
        detail = detail == null ? "" : detail;
        otherSpellings = otherSpellings == null ? "" : otherSpellings;
    }
}
