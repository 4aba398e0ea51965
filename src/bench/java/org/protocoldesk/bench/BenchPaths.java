package org.protocoldesk.bench;

import java.util.List;

/**
 * Every path the benchmark measures. Adding one is one line here: an id, what it is, its p95 target in milliseconds
 * and the read through the app's stores; its plain-JDBC twin is derived by recording the SQL the read sends.
 */
final class BenchPaths {
    /** A list screen shows its first rows within this (issue 8). */
    private static final double LIST_SCREEN_MS = 100;

    static final List<BenchPath> ALL = List.of(
            new BenchPath("counterparts", "Counterparts list screen", LIST_SCREEN_MS,
                    (s, f) -> s.persons().counterpartSummaries()),
            new BenchPath("organisations", "Organisations list screen", LIST_SCREEN_MS,
                    (s, f) -> s.organisations().summaries()),
            new BenchPath("meetings.latest1000", "Meetings list screen: MeetingStore.latest(1000)", LIST_SCREEN_MS,
                    (s, f) -> s.meetings().latest(1000)),
            new BenchPath("meetings.month", "MeetingStore.between() over one month", LIST_SCREEN_MS,
                    (s, f) -> s.meetings().between(f.lastMonth().from(), f.lastMonth().to())),
            new BenchPath("invitations", "Invitations list screen", LIST_SCREEN_MS,
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
