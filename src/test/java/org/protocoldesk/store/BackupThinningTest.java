package org.protocoldesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class BackupThinningTest {
    private static Instant at(String dateTime) {
        return Instant.parse(dateTime + ":00Z");
    }

    @Test
    void aYearOfHourlyBackupsThinnedAfterEachKeepsTheLastDayAndTheNewestOfDaysWeeksAndMonths() {
        List<Instant> backups = new ArrayList<>();
        Instant now = at("2025-01-01T00:00");
        for (; now.isBefore(at("2026-01-01T00:00")); now = now.plus(Duration.ofHours(1))) {
            backups.add(now);
            Set<Instant> kept = BackupThinning.keep(backups, now, ZoneOffset.UTC);
            backups.removeIf(b -> !kept.contains(b));
        }
        Instant end = at("2025-12-31T23:30");
        Set<Instant> kept = BackupThinning.keep(backups, end, ZoneOffset.UTC);

        List<Instant> expected = new ArrayList<>();
        for (int hour = 0; hour < 24; hour++) { // the last 24 hours
            expected.add(at("2025-12-31T%02d:00".formatted(hour)));
        }
        for (int day = 18; day <= 30; day++) { // 14 days: 18 to 31 December, the newest of each
            expected.add(at("2025-12-%02dT23:00".formatted(day)));
        }
        Stream.of("2025-12-14", "2025-12-07", "2025-11-30", "2025-11-23", "2025-11-16") // 8 weeks, Sundays
                .map(day -> at(day + "T23:00")).forEach(expected::add);
        Stream.of("2025-01-31", "2025-02-28", "2025-03-31", "2025-04-30", "2025-05-31", "2025-06-30", "2025-07-31",
                "2025-08-31", "2025-09-30", "2025-10-31") // 12 months; November and December are there already
                .map(day -> at(day + "T23:00")).forEach(expected::add);
        assertThat(backups).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(kept).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void aSingleOldBackupIsKeptAsTheNewestOfItsMonth() {
        Instant old = at("2025-06-10T12:00");
        assertThat(BackupThinning.keep(List.of(old), at("2025-12-01T00:00"), ZoneOffset.UTC)).containsExactly(old);
    }

    @Test
    void aBackupOlderThanTwelveMonthsGoes() {
        Instant ancient = at("2024-11-30T12:00");
        assertThat(BackupThinning.keep(List.of(ancient), at("2025-12-01T00:00"), ZoneOffset.UTC)).isEmpty();
    }
}
