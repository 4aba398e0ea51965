package org.protocoldesk.model;

import java.time.LocalDate;

/** Who held a post at an organisation, and when (see {@link Post} for a term known only in part). */
public record PostHolding(long personId, String fullName, Post post) {
    public String title() {
        return post.title();
    }

    /** The start of the term, null when not known. */
    public LocalDate from() {
        return post.from();
    }

    /** The end of the term, null while (or if not known to have left) in post. */
    public LocalDate to() {
        return post.to();
    }
}
