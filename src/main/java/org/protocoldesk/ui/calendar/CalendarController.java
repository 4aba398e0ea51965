package org.protocoldesk.ui.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.protocoldesk.model.CalendarItem;
import org.protocoldesk.service.CalendarService;
import org.protocoldesk.service.CalendarSlices;
import org.protocoldesk.service.TaskRunner;
import org.protocoldesk.ui.common.RecordOpener;
import org.protocoldesk.ui.common.Refreshable;
import org.protocoldesk.ui.shell.Section;

/**
 * Loads what the calendar shows: whenever its period changes it asks for exactly those days, a month slice at a
 * time in the background; a period left before its data arrived is cancelled and never painted.
 */
public final class CalendarController implements Refreshable {
    private final CalendarView view;
    private final CalendarModel model;
    private final TaskRunner tasks;
    private final CalendarService calendar;
    private final CalendarSlices slices;
    private final Clock clock;
    private boolean started;

    public CalendarController(CalendarView view, TaskRunner tasks, CalendarService calendar, Clock clock,
                              RecordOpener opener) {
        this.view = view;
        this.model = view.model();
        this.tasks = tasks;
        this.calendar = calendar;
        this.clock = clock;
        this.slices = new CalendarSlices(tasks, calendar);
        slices.setOnLoaded(this::showLoaded);
        slices.setOnFailure(failure -> model.failed());
        model.mode().addListener((property, was, now) -> request());
        model.anchor().addListener((property, was, now) -> request());
        view.setOnRetry(this::refresh);
        view.setOnOpen(item -> open(item, opener));
    }

    /** Lets "Export .ics…" save the entries shown, with the filters applied, through {@code export}. */
    public void exportWith(IcsExport export) {
        view.setOnExport(() -> {
            List<CalendarItem> shown = List.copyOf(model.shown());
            LocalDate first = model.firstShown();
            LocalDate last = model.lastShown();
            String name = model.mode().get() == CalendarMode.MONTH
                    ? "calendar-" + YearMonth.from(model.anchor().get()) + ".ics"
                    : "calendar-" + first + (first.equals(last) ? "" : "-to-" + last) + ".ics";
            export.export(name, () -> shown, view::showExported);
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
            slices.clear();
            request();
        }
    }

    private void request() {
        model.loading();
        slices.request(model.firstShown(), model.lastShown());
        showLoaded();
    }

    private void showLoaded() {
        slices.itemsBetween(model.firstShown(), model.lastShown()).ifPresent(model::show);
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
