package org.protocoldesk.model;

/** What a timeline shows as it opens, read in one transaction: what is still open, and its newest page. */
public record TimelineOpening(TimelineGlance glance, TimelinePage newest) {

    public TimelineOpening {
        Require.present(glance, "glance");
        Require.present(newest, "newest");
    }
}
