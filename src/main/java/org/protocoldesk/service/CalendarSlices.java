package org.protocoldesk.service;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.protocoldesk.model.CalendarOverview;

/**
 * The calendar's items, loaded a month at a time as the view asks for ranges (CalendarFX's slices, in small): either
 * every item ({@link #complete}) or a month view's overview of them ({@link #overviews}).
 * A request loads the months of its range that are neither loaded nor in flight and cancels the loads of months it
 * no longer covers, so that a stale load never lands. Not thread-safe: call it, and let the runner call back, on the
 * UI thread.
 */
public final class CalendarSlices {
    private final TaskRunner tasks;
    private final BiFunction<LocalDate, LocalDate, CalendarOverview> load;
    private final Map<YearMonth, CalendarOverview> loaded = new HashMap<>();
    private final Map<YearMonth, Progress> inFlight = new HashMap<>();
    private Runnable onLoaded = () -> { };
    private Consumer<Throwable> onFailure = failure -> { };

    private CalendarSlices(TaskRunner tasks, BiFunction<LocalDate, LocalDate, CalendarOverview> load) {
        this.tasks = tasks;
        this.load = load;
    }

    /** Slices of every item: what a week, a day or a filtered month shows. */
    public static CalendarSlices complete(TaskRunner tasks, CalendarService calendar) {
        return new CalendarSlices(tasks, (from, to) -> CalendarOverview.complete(calendar.between(from, to)));
    }

    /** Slices of what a month view shows: {@link CalendarService#overview}. */
    public static CalendarSlices overviews(TaskRunner tasks, CalendarService calendar) {
        return new CalendarSlices(tasks, calendar::overview);
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
                        progress -> load.apply(month.atDay(1), month.atEndOfMonth()),
                        items -> arrived(month, items),
                        failure -> failed(month, failure)));
            }
        }
    }

    private void arrived(YearMonth month, CalendarOverview items) {
        inFlight.remove(month);
        loaded.put(month, items);
        onLoaded.run();
    }

    private void failed(YearMonth month, Throwable failure) {
        inFlight.remove(month);
        onFailure.accept(failure);
    }

    /** The items on the days from {@code from} to {@code to}, once every month they span has arrived. */
    public Optional<CalendarOverview> between(LocalDate from, LocalDate to) {
        List<CalendarOverview> parts = new ArrayList<>();
        for (YearMonth month : months(from, to)) {
            CalendarOverview ofMonth = loaded.get(month);
            if (ofMonth == null) {
                return Optional.empty();
            }
            parts.add(ofMonth);
        }
        return Optional.of(CalendarOverview.merge(parts, from, to));
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
