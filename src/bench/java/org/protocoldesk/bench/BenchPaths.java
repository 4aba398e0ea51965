package org.protocoldesk.bench;

import java.util.List;
import org.protocoldesk.model.Page;
import org.protocoldesk.ui.common.ListViewModel;

/**
 * Every path the benchmark measures. Adding one is one line here: an id, what it is, its p95 target in milliseconds
 * and the read through the app's stores; its plain-JDBC twin is derived by recording the SQL the read sends.
 */
final class BenchPaths {
    /** A list screen shows its first rows within this (issue 8). */
    private static final double LIST_SCREEN_MS = 100;
    /** The rest of a long list comes in the background while the first rows are shown: no target of its own. */
    private static final double REST_MS = 1000;
    private static final Page FIRST_ROWS = Page.first(ListViewModel.FIRST_PAGE);

    static final List<BenchPath> ALL = List.of(
            new BenchPath("counterparts.first", "Counterparts list screen: first rows", LIST_SCREEN_MS,
                    (s, f) -> s.persons().counterpartSummaries(FIRST_ROWS)),
            new BenchPath("counterparts", "Counterparts: all 20,000 (loaded after the first rows)", REST_MS,
                    (s, f) -> s.persons().counterpartSummaries()),
            new BenchPath("organisations", "Organisations list screen", LIST_SCREEN_MS,
                    (s, f) -> s.organisations().summaries()),
            new BenchPath("meetings.first", "Meetings list screen: first rows", LIST_SCREEN_MS,
                    (s, f) -> s.meetings().latest(FIRST_ROWS)),
            new BenchPath("meetings.latest1000", "MeetingStore.latest(1000)", LIST_SCREEN_MS,
                    (s, f) -> s.meetings().latest(1000)),
            new BenchPath("meetings.month", "MeetingStore.between() over one month", LIST_SCREEN_MS,
                    (s, f) -> s.meetings().between(f.lastMonth().from(), f.lastMonth().to())),
            new BenchPath("invitations.first", "Invitations list screen: first rows", LIST_SCREEN_MS,
                    (s, f) -> s.invitations().summaries(FIRST_ROWS)),
            new BenchPath("invitations", "Invitations: all 30,000 (loaded after the first rows)", REST_MS,
                    (s, f) -> s.invitations().summaries()),
            new BenchPath("followups.open", "Open follow-ups (FollowUpStore.open)", LIST_SCREEN_MS,
                    (s, f) -> s.followUps().open()),
            new BenchPath("trips", "Trips list screen", LIST_SCREEN_MS,
                    (s, f) -> s.trips().summaries()));

    private BenchPaths() {
    }

    static BenchPath byId(String id) {
        return ALL.stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No bench path " + id));
    }
}
