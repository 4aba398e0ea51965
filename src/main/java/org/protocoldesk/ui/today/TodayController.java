package org.protocoldesk.ui.today;

import java.time.Clock;
import java.time.LocalDate;
import org.protocoldesk.model.TodayAgenda;
import org.protocoldesk.service.CalendarService;
import org.protocoldesk.service.Progress;
import org.protocoldesk.service.TaskRunner;
import org.protocoldesk.ui.common.RecordOpener;
import org.protocoldesk.ui.common.Refreshable;

/** Loads what needs attention from today on into the Today screen: one read, one transaction, per refresh. */
public final class TodayController implements Refreshable {
    private final TodayView view;
    private final TaskRunner tasks;
    private final CalendarService calendar;
    private final Clock clock;
    private Progress current;

    public TodayController(TodayView view, TaskRunner tasks, CalendarService calendar, Clock clock,
                           RecordOpener opener) {
        this.view = view;
        this.tasks = tasks;
        this.calendar = calendar;
        this.clock = clock;
        view.setOnRetry(this::refresh);
        view.setOpener(opener);
    }

    @Override
    public void refresh() {
        LocalDate today = LocalDate.now(clock);
        view.today().set(today);
        if (current != null) {
            current.cancel();
        }
        view.loading();
        current = tasks.readCancellable(progress -> calendar.today(today), view::show, failure -> view.failed());
    }

    /** Shows what was read already (at start-up, on the worker that opened the database), without reading again. */
    public void show(TodayAgenda agenda) {
        view.show(agenda);
    }
}
