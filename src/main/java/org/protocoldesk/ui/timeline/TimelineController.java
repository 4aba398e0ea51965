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
 * Finds the subjects the picker's text names, and loads the chosen subject's timeline a page at a time: what is still
 * open and its newest page first, then the page before each time the list's last row comes into view. A newer subject
 * cancels the reads of the older one, so a slow answer never lands on a newer one.
 */
public final class TimelineController implements Refreshable {
    static final int CHOICES = 20;

    private final TimelineView view;
    private final TaskRunner tasks;
    private final CalendarService calendar;
    private final Clock clock;
    private Progress finding;
    private final int pageMeetings;
    private Progress loading;
    private Progress counting;
    private boolean readingOlder;

    public TimelineController(TimelineView view, TaskRunner tasks, CalendarService calendar, Clock clock,
                              RecordOpener opener) {
        this(view, tasks, calendar, clock, opener, CalendarService.TIMELINE_PAGE_MEETINGS);
    }

    /** With pages of at least {@code pageMeetings} meetings. */
    TimelineController(TimelineView view, TaskRunner tasks, CalendarService calendar, Clock clock,
                       RecordOpener opener, int pageMeetings) {
        this.pageMeetings = pageMeetings;
        this.view = view;
        this.tasks = tasks;
        this.calendar = calendar;
        this.clock = clock;
        view.find().textProperty().addListener((p, was, now) -> find(now));
        view.model().subject().addListener((p, was, now) -> load(now));
        view.setOnRetry(() -> load(view.model().subject().get()));
        view.setOnOpen(entry -> open(entry, opener));
        view.setOnReachedOlder(this::loadOlder);
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
        cancel(loading);
        cancel(counting);
        readingOlder = false;
        if (choice == null) {
            return;
        }
        view.loading();
        loading = tasks.readCancellable(progress -> calendar.timeline(choice.subject(), pageMeetings),
                newest -> {
                    view.model().show(newest);
                    // Counted after the page: the page is shown at once, the counts over the whole history follow.
                    counting = tasks.readCancellable(progress -> calendar.timelineGlance(choice.subject()),
                            view.model()::show, failure -> view.failed());
                }, failure -> view.failed());
    }

    private static void cancel(Progress read) {
        if (read != null) {
            read.cancel();
        }
    }

    /** Reads the page before the entries shown, unless it is on its way or nothing older is left. */
    private void loadOlder() {
        TimelineModel model = view.model();
        TimelineChoice choice = model.subject().get();
        if (readingOlder || choice == null || model.state().get() != LoadState.LOADED
                || model.olderBefore().isEmpty()) {
            return;
        }
        LocalDate before = model.olderBefore().get();
        readingOlder = true;
        loading = tasks.readCancellable(progress -> calendar.olderTimeline(choice.subject(), before, pageMeetings),
                older -> {
                    readingOlder = false;
                    model.add(older);
                }, failure -> {
                    readingOlder = false;
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
