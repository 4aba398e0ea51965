package org.protocoldesk.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A stretch of a timeline, read newest first a page at a time: the entries that start from {@code from} (the day of
 * the page's oldest meeting) up to the day before the page that was read before it.
 *
 * @param entries the entries that start in the page, oldest first
 * @param from    the first day of the page; empty when the page reaches back to the subject's first entry, so that
 *                nothing older is left to read
 */
public record TimelinePage(List<TimelineEntry> entries, Optional<LocalDate> from) {

    public TimelinePage {
        entries = Require.copy(entries);
        Require.present(from, "from");
    }

    /** Whether entries older than this page may be recorded: the next page to read ends the day before {@link #from}. */
    public boolean hasOlder() {
        return from.isPresent();
    }
}
