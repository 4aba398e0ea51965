package org.protocoldesk.ui.timeline;

import java.time.Clock;
import java.time.LocalDate;
import org.protocoldesk.model.TimelineChoice;
import org.protocoldesk.model.TimelineEntry;
import org.protocoldesk.service.CalendarService;
import org.protocoldesk.service.Progress;
import org.protocoldesk.service.TaskRunner;
import org.protocoldesk.ui.common.RecordOpener;
import org.protocoldesk.ui.common.Refreshable;
import org.protocoldesk.ui.shell.Section;

/**
 * Finds the subjects the picker's text names, and loads the chosen subject's timeline; a newer request cancels the
 * older one, so a slow answer never replaces a newer one.
 */
public final class TimelineController implements Refreshable {
    static final int CHOICES = 20;

    private final TimelineView view;
    private final TaskRunner tasks;
    private final CalendarService calendar;
    private final Clock clock;
    private Progress finding;
    private Progress loading;

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
        if (choice == null) {
            return;
        }
        view.loading();
        loading = tasks.readCancellable(progress -> calendar.timeline(choice.subject()), view.model()::show,
                failure -> view.failed());
    }

    private static void open(TimelineEntry entry, RecordOpener opener) {
        switch (entry.kind()) {
            case MEETING -> opener.open(Section.MEETINGS, entry.recordId());
            case INVITATION -> opener.open(Section.INVITATIONS, entry.recordId());
            default -> { }
        }
    }
}
