package org.protocoldesk.ui.timeline;

import java.time.Clock;
import java.time.LocalDate;
import org.protocoldesk.model.TimelineChoice;
import org.protocoldesk.model.TimelineEntry;
import org.protocoldesk.service.CalendarService;
import org.protocoldesk.service.Progress;
import org.protocoldesk.service.TaskRunner;
import org.protocoldesk.ui.common.LoadState;
import org.protocoldesk.ui.common.RecordOpener;
import org.protocoldesk.ui.common.Refreshable;
import org.protocoldesk.ui.shell.Section;

/**
 * Finds the subjects the picker's text names, and loads the chosen subject's timeline a window of days at a time:
 * its glance and newest window first, then the window before each time the view reaches its last row or zooms out;
 * a newer subject cancels the loads of the older one, so a slow answer never lands on a newer one.
 */
public final class TimelineController implements Refreshable {
    static final int CHOICES = 20;
    /** The newest window reaches every entry still to come. */
    private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

    private final TimelineView view;
    private final TaskRunner tasks;
    private final CalendarService calendar;
    private final Clock clock;
    private Progress finding;
    private Progress loading;
    private boolean loadingOlder;

    public TimelineController(TimelineView view, TaskRunner tasks, CalendarService calendar, Clock clock,
                              RecordOpener opener) {
        this.view = view;
        this.tasks = tasks;
        this.calendar = calendar;
        this.clock = clock;
        view.find().textProperty().addListener((p, was, now) -> find(now));
        view.model().subject().addListener((p, was, now) -> load(now));
        view.setOnRetry(() -> load(view.model().subject().get()));
        view.setOnOpen(entry -> open(entry, opener));
        view.setOnReachedEnd(this::loadOlder);
        view.model().zoom().addListener((p, was, now) -> {
            if (view.model().loadedFrom().isAfter(now.windowFrom(LocalDate.now(clock)))) {
                loadOlder();
            }
        });
    }

    @Override
    public void refresh() {
        view.setToday(LocalDate.now(clock));
        find(view.find().getText());
        load(view.model().subject().get());
    }

    /** Shows the timeline of a subject, as "Show timeline" elsewhere asks. */
    public void show(TimelineChoice choice) {
        view.model().subject().set(choice);
    }

    private void find(String text) {
        if (finding != null) {
            finding.cancel();
        }
        finding = tasks.readCancellable(progress -> calendar.timelineChoices(text, CHOICES),
                found -> view.choices().getItems().setAll(found), failure -> view.choices().getItems().clear());
    }

    private void load(TimelineChoice choice) {
        if (loading != null) {
            loading.cancel();
        }
        loadingOlder = false;
        if (choice == null) {
            return;
        }
        view.loading();
        LocalDate from = view.model().zoom().get().windowFrom(LocalDate.now(clock));
        loading = tasks.readCancellable(progress -> calendar.timeline(choice.subject(), from, LAST_DAY), opening -> {
            view.model().showOpening(opening, from);
            if (opening.entries().isEmpty()) {
                loadOlder();
            }
        }, failure -> view.failed());
    }

    /** Loads the window before the first day loaded, unless one is on its way or the history is all there. */
    private void loadOlder() {
        TimelineModel model = view.model();
        TimelineChoice choice = model.subject().get();
        if (loadingOlder || choice == null || model.state().get() != LoadState.LOADED || !model.hasOlder()) {
            return;
        }
        LocalDate to = model.loadedFrom().minusDays(1);
        LocalDate from = model.zoom().get().windowFrom(to);
        loadingOlder = true;
        loading = tasks.readCancellable(progress -> calendar.timelineEntries(choice.subject(), from, to), older -> {
            loadingOlder = false;
            model.showOlder(older, from);
            if (older.isEmpty()) {
                loadOlder(); // nothing new to scroll to: go on back until something shows or the history ends
            }
        }, failure -> {
            loadingOlder = false;
            view.failed();
        });
    }

    private static void open(TimelineEntry entry, RecordOpener opener) {
        switch (entry.kind()) {
            case MEETING -> opener.open(Section.MEETINGS, entry.recordId());
            case INVITATION -> opener.open(Section.INVITATIONS, entry.recordId());
            default -> { }
        }
    }
}
