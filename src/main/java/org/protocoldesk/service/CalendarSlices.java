package org.protocoldesk.service;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.protocoldesk.model.CalendarItem;

/**
 * The calendar's items, loaded a month at a time as the view asks for ranges (CalendarFX's slices, in small).
 * A request loads the months of its range that are neither loaded nor in flight and cancels the loads of months it
 * no longer covers, so that a stale load never lands. Not thread-safe: call it, and let the runner call back, on the
 * UI thread.
 */
public final class CalendarSlices {
    private final TaskRunner tasks;
    private final CalendarService calendar;
    private final Map<YearMonth, List<CalendarItem>> loaded = new HashMap<>();
    private final Map<YearMonth, Progress> inFlight = new HashMap<>();
    private Runnable onLoaded = () -> { };
    private Consumer<Throwable> onFailure = failure -> { };

    public CalendarSlices(TaskRunner tasks, CalendarService calendar) {
        this.tasks = tasks;
        this.calendar = calendar;
    }

    /** Told after each month that arrives, to repaint what it covers. */
    public void setOnLoaded(Runnable onLoaded) {
        this.onLoaded = onLoaded;
    }

    public void setOnFailure(Consumer<Throwable> onFailure) {
        this.onFailure = onFailure;
    }

    /** Shows interest in the days from {@code from} to {@code to}: loads what is missing, drops what is not wanted. */
    public void request(LocalDate from, LocalDate to) {
        List<YearMonth> wanted = months(from, to);
        inFlight.entrySet().removeIf(loading -> {
            boolean stale = !wanted.contains(loading.getKey());
            if (stale) {
                loading.getValue().cancel();
            }
            return stale;
        });
        for (YearMonth month : wanted) {
            if (!loaded.containsKey(month) && !inFlight.containsKey(month)) {
                inFlight.put(month, tasks.readCancellable(
                        progress -> calendar.between(month.atDay(1), month.atEndOfMonth()),
                        items -> arrived(month, items),
                        failure -> failed(month, failure)));
            }
        }
    }

    private void arrived(YearMonth month, List<CalendarItem> items) {
        inFlight.remove(month);
        loaded.put(month, items);
        onLoaded.run();
    }

    private void failed(YearMonth month, Throwable failure) {
        inFlight.remove(month);
        onFailure.accept(failure);
    }

    /** The items on the days from {@code from} to {@code to}, once every month they span has arrived. */
    public Optional<List<CalendarItem>> itemsBetween(LocalDate from, LocalDate to) {
        Map<String, CalendarItem> items = new LinkedHashMap<>();
        for (YearMonth month : months(from, to)) {
            List<CalendarItem> ofMonth = loaded.get(month);
            if (ofMonth == null) {
                return Optional.empty();
            }
            // An item over a month boundary comes with both months: keep it once.
            ofMonth.stream().filter(i -> i.overlaps(from, to)).forEach(i -> items.putIfAbsent(i.key(), i));
        }
        return Optional.of(new ArrayList<>(items.values()));
    }

    /** Whether a month's load is under way. */
    public boolean isLoading(YearMonth month) {
        return inFlight.containsKey(month);
    }

    /** Forgets everything loaded and cancels every load, after the data changed. */
    public void clear() {
        inFlight.values().forEach(Progress::cancel);
        inFlight.clear();
        loaded.clear();
    }

    private static List<YearMonth> months(LocalDate from, LocalDate to) {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }
}
