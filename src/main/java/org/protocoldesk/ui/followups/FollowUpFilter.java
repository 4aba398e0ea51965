package org.protocoldesk.ui.followups;

import org.protocoldesk.model.FollowUpStatus;

/** Which follow-ups the screen lists: those in one status, or all. */
enum FollowUpFilter {
    OPEN(FollowUpStatus.OPEN), DONE(FollowUpStatus.DONE), DROPPED(FollowUpStatus.DROPPED), ALL(null);

    private final FollowUpStatus status;

    FollowUpFilter(FollowUpStatus status) {
        this.status = status;
    }

    /** The status listed; null for all. */
    FollowUpStatus status() {
        return status;
    }

    String label() {
        return this == ALL ? "All" : org.protocoldesk.ui.common.EnumLabels.of(status);
    }

    static FollowUpFilter of(FollowUpStatus status) {
        return valueOf(status.name());
    }
}
