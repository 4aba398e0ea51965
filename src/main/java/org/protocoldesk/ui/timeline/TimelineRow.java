package org.protocoldesk.ui.timeline;

import org.protocoldesk.model.TimelineEntry;

/** A line of the timeline list: a group's heading, one entry, or the older entries still to read (the last line). */
record TimelineRow(String heading, TimelineEntry entry) {
    private static final TimelineRow OLDER = new TimelineRow(null, null);

    static TimelineRow heading(String text) {
        return new TimelineRow(text, null);
    }

    static TimelineRow of(TimelineEntry entry) {
        return new TimelineRow(null, entry);
    }

    static TimelineRow older() {
        return OLDER;
    }

    boolean isHeading() {
        return heading != null;
    }

    boolean isOlder() {
        return this == OLDER;
    }
}
