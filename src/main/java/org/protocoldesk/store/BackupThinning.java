package org.protocoldesk.store;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Which backups to keep: every one of the last 24 hours, and the newest of each of the last 14 days, 8 weeks (ISO,
 * Monday first) and 12 months, days counted in the user's zone, the current one included.
 */
public final class BackupThinning {
    static final Duration RECENT = Duration.ofHours(24);
    static final int DAILIES = 14;
    static final int WEEKLIES = 8;
    static final int MONTHLIES = 12;

    private BackupThinning() {
    }

    public static Set<Instant> keep(Collection<Instant> backups, Instant now, ZoneId zone) {
        Set<Instant> kept = new HashSet<>();
        backups.stream().filter(t -> t.isAfter(now.minus(RECENT))).forEach(kept::add);
        LocalDate today = now.atZone(zone).toLocalDate();
        newestPer(backups, zone, ZonedDateTime::toLocalDate, day -> !day.isBefore(today.minusDays(DAILIES - 1)), kept);
        LocalDate thisMonday = today.minusDays(today.getDayOfWeek().getValue() - 1L);
        newestPer(backups, zone, t -> t.toLocalDate().minusDays(t.getDayOfWeek().getValue() - 1L),
                monday -> !monday.isBefore(thisMonday.minusWeeks(WEEKLIES - 1)), kept);
        YearMonth thisMonth = YearMonth.from(today);
        newestPer(backups, zone, YearMonth::from, month -> !month.isBefore(thisMonth.minusMonths(MONTHLIES - 1)), kept);
        return kept;
    }

    private static <K> void newestPer(Collection<Instant> backups, ZoneId zone, Function<ZonedDateTime, K> bucket,
                                      Predicate<K> recentEnough, Set<Instant> kept) {
        Map<K, Instant> newest = new HashMap<>();
        for (Instant each : backups) {
            K key = bucket.apply(each.atZone(zone));
            if (recentEnough.test(key)) {
                newest.merge(key, each, (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        kept.addAll(newest.values());
    }
}
