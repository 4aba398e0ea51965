package org.protocoldesk.ui.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Predicate;
import org.protocoldesk.model.CalendarItem;
import org.protocoldesk.service.CalendarService;
import org.protocoldesk.service.CalendarSlices;
import org.protocoldesk.service.TaskRunner;
import org.protocoldesk.ui.common.RecordOpener;
import org.protocoldesk.ui.common.Refreshable;
import org.protocoldesk.ui.shell.Section;

/**
 * Loads what the calendar shows: whenever its period changes it asks for exactly those days, a month slice at a
 * time in the background; a period left before its data arrived is cancelled and never painted. A month on its own
 * loads as an overview (the first entries of each day and how many more); a week, a day, or a month filtered by
 * country, counterpart or trip loads every entry.
 */
public final class CalendarController implements Refreshable {
    private final CalendarView view;
    private final CalendarModel model;
    private final TaskRunner tasks;
    private final CalendarService calendar;
    private final CalendarSlices overviews;
    private final CalendarSlices everything;
    private final Clock clock;
    private boolean started;

    public CalendarController(CalendarView view, TaskRunner tasks, CalendarService calendar, Clock clock,
                              RecordOpener opener) {
        this.view = view;
        this.model = view.model();
        this.tasks = tasks;
        this.calendar = calendar;
        this.clock = clock;
        this.overviews = CalendarSlices.overviews(tasks, calendar);
        this.everything = CalendarSlices.complete(tasks, calendar);
        for (CalendarSlices slices : List.of(overviews, everything)) {
            slices.setOnLoaded(this::showLoaded);
            slices.setOnFailure(failure -> model.failed());
        }
        model.mode().addListener((property, was, now) -> request());
        model.anchor().addListener((property, was, now) -> request());
        model.country().addListener((property, was, now) -> request());
        model.counterpart().addListener((property, was, now) -> request());
        model.trip().addListener((property, was, now) -> request());
        model.choosing().addListener((property, was, now) -> request());
        view.setOnRetry(this::refresh);
        view.setOnOpen(item -> open(item, opener));
    }

    /**
     * Lets "Export .ics…" save the entries of the period shown, with the filters applied, through {@code export}: read
     * whole, since a month shows only the first entries of a busy day.
     */
    public void exportWith(IcsExport export) {
        view.setOnExport(() -> {
            Predicate<CalendarItem> filter = model.filter();
            LocalDate first = model.firstShown();
            LocalDate last = model.lastShown();
            String name = model.mode().get() == CalendarMode.MONTH
                    ? "calendar-" + YearMonth.from(model.anchor().get()) + ".ics"
                    : "calendar-" + first + (first.equals(last) ? "" : "-to-" + last) + ".ics";
            export.export(name, () -> calendar.between(first, last).stream().filter(filter).toList(),
                    view::showExported);
        });
    }

    @Override
    public void refresh() {
        LocalDate today = LocalDate.now(clock);
        model.today().set(today);
        if (!started) {
            started = true;
            tasks.read(calendar::countryNames, view::setCountryNames, failure -> { });
            // Today by the app's clock, unless the user moved while the data was opening.
            if (model.unmoved() && !model.anchor().get().equals(today)) {
                model.goToToday();
            } else {
                request();
            }
        } else {
            overviews.clear();
            everything.clear();
            request();
        }
    }

    private void request() {
        model.loading();
        slices().request(model.firstShown(), model.lastShown());
        showLoaded();
    }

    private void showLoaded() {
        slices().between(model.firstShown(), model.lastShown()).ifPresent(model::show);
    }

    private CalendarSlices slices() {
        return model.wantsEverything() ? everything : overviews;
    }

    /** Trips, meetings and invitations open in their lists; events and follow-ups have no screen of their own yet. */
    private static void open(CalendarItem item, RecordOpener opener) {
        switch (item.kind()) {
            case TRIP -> opener.open(Section.TRIPS, item.recordId());
            case MEETING -> opener.open(Section.MEETINGS, item.recordId());
            case REPLY_DEADLINE, PROPOSED_VISIT -> opener.open(Section.INVITATIONS, item.recordId());
            case EVENT, FOLLOW_UP_DUE -> { }
        }
    }
}
