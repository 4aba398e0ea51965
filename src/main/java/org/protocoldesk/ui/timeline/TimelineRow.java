package org.protocoldesk.ui.timeline;

import org.protocoldesk.model.TimelineEntry;

/** A line of the timeline list: a group's heading, or one entry. */
record TimelineRow(String heading, TimelineEntry entry) {

    static TimelineRow heading(String text) {
        return new TimelineRow(text, null);
    }

    static TimelineRow of(TimelineEntry entry) {
        return new TimelineRow(null, entry);
    }

    boolean isHeading() {
        return entry == null;
    }
}
