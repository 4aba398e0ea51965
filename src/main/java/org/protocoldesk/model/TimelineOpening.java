package org.protocoldesk.model;

import java.util.List;

/** What a timeline shows first: its answers at a glance and the entries of its newest window. */
public record TimelineOpening(TimelineGlance glance, List<TimelineEntry> entries) {

    public TimelineOpening {
        Require.present(glance, "glance");
        entries = Require.copy(entries);
    }
}
