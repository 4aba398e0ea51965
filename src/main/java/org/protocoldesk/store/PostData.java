package org.protocoldesk.store;

import java.time.LocalDate;
import org.protocoldesk.model.Post;

/** A post as a document shows it: the post with its term as known, and its organisation and country by name. */
public record PostData(Post post, String organisation, String organisationCountry) {

    public String title() {
        return post.title();
    }

    /** Held on {@code day}, as far as the term on record tells. */
    public boolean heldOn(LocalDate day) {
        return post.heldOn(day);
    }

    /** The day from which the post is known to be held (its start, else the day it was seen held), or null. */
    public LocalDate knownFrom() {
        return post.knownFrom();
    }
}
