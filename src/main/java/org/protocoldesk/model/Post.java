package org.protocoldesk.model;

import static org.protocoldesk.model.Require.nonBlank;
import static org.protocoldesk.model.Require.ordered;

import java.time.LocalDate;

/** A post held by a person; {@code to} is null while the person is (or is not known to have left) in post. */
public record Post(Long organisationId, String title, LocalDate from, LocalDate to) {
    public Post {
        nonBlank(title, "post title");
        ordered(from, to, "post");
    }

    public boolean heldOn(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }
}
