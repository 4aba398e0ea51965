package org.protocoldesk.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The calendar's entries over some days, possibly not all of them: of the kinds that fall on one day (meetings,
 * reply deadlines, follow-ups due) a month view reads only the first few of each day, and {@code notRead} says how
 * many more each day holds, by kind. An overview with nothing left out is complete.
 */
public record CalendarOverview(List<CalendarItem> items, Map<LocalDate, Map<CalendarItemKind, Integer>> notRead) {

    public CalendarOverview {
        items = Require.copy(items);
        Map<LocalDate, Map<CalendarItemKind, Integer>> copy = new LinkedHashMap<>();
        notRead.forEach((day, byKind) -> copy.put(day, Map.copyOf(byKind)));
        notRead = Map.copyOf(copy);
    }

    public static CalendarOverview complete(List<CalendarItem> items) {
        return new CalendarOverview(items, Map.of());
    }

    public boolean isComplete() {
        return notRead.isEmpty();
    }

    /** How many entries of {@code kinds} on {@code day} were not read. */
    public int notRead(LocalDate day, Collection<CalendarItemKind> kinds) {
        Map<CalendarItemKind, Integer> ofDay = notRead.getOrDefault(day, Map.of());
        return kinds.stream().mapToInt(kind -> ofDay.getOrDefault(kind, 0)).sum();
    }

    /**
     * The overview of the days from {@code from} to {@code to} over several overviews (months), each entry once: one
     * over a month boundary comes with both months.
     */
    public static CalendarOverview merge(Collection<CalendarOverview> parts, LocalDate from, LocalDate to) {
        Map<String, CalendarItem> items = new LinkedHashMap<>();
        Map<LocalDate, Map<CalendarItemKind, Integer>> notRead = new LinkedHashMap<>();
        for (CalendarOverview part : parts) {
            part.items().stream().filter(i -> i.overlaps(from, to)).forEach(i -> items.putIfAbsent(i.key(), i));
            part.notRead().forEach((day, byKind) -> {
                if (!day.isBefore(from) && !day.isAfter(to)) {
                    notRead.computeIfAbsent(day, d -> new EnumMap<>(CalendarItemKind.class)).putAll(byKind);
                }
            });
        }
        return new CalendarOverview(new ArrayList<>(items.values()), notRead);
    }
}
