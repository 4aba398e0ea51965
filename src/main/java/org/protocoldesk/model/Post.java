package org.protocoldesk.model;

import static org.protocoldesk.model.Require.nonBlank;
import static org.protocoldesk.model.Require.ordered;

import java.time.LocalDate;

/**
 * A post held by a person; {@code to} is null while the person is (or is not known to have left) in post. Either end
 * may be known only by month or year ({@code fromPrecision}, {@code toPrecision}). A post whose term is not known at
 * all but which a source shows held on a day has only {@code heldOn}. {@code id} is null until stored.
 */
public record Post(Long id, Long organisationId, String title, LocalDate from, DatePrecision fromPrecision,
                   LocalDate to, DatePrecision toPrecision, LocalDate heldOn) {
    public Post {
        nonBlank(title, "post title");
        fromPrecision = fromPrecision == null ? DatePrecision.DAY : fromPrecision;
        toPrecision = toPrecision == null ? DatePrecision.DAY : toPrecision;
        from = ApproximateDate.firstDay(from, fromPrecision);
        to = ApproximateDate.firstDay(to, toPrecision);
        ordered(from, to, "post");
    }

    /** A post whose term is known to the day (either end may be unknown). */
    public Post(Long organisationId, String title, LocalDate from, LocalDate to) {
        this(null, organisationId, title, from, DatePrecision.DAY, to, DatePrecision.DAY, null);
    }

    /** A post known only to have been held on {@code day}. */
    public static Post attestedOn(Long organisationId, String title, LocalDate day) {
        return new Post(null, organisationId, title, null, DatePrecision.DAY, null, DatePrecision.DAY, day);
    }

    public ApproximateDate start() {
        return ApproximateDate.ofNullable(from, fromPrecision);
    }

    public ApproximateDate end() {
        return ApproximateDate.ofNullable(to, toPrecision);
    }

    /** The day from which the post is known to be held: its start, else the day it was seen held. */
    public LocalDate knownFrom() {
        return from != null ? from : heldOn;
    }

    public boolean heldOn(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(end().last()));
    }

    /** The same post with its term ended on {@code day}. */
    public Post endedOn(LocalDate day) {
        return new Post(id, organisationId, title, from, fromPrecision, day, DatePrecision.DAY, heldOn);
    }

    public Post withId(Long newId) {
        return new Post(newId, organisationId, title, from, fromPrecision, to, toPrecision, heldOn);
    }
}
