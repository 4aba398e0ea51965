package org.protocoldesk.ui.meetings;

import java.util.function.LongConsumer;
import org.protocoldesk.model.MeetingFilter;
import org.protocoldesk.model.MeetingSummary;
import org.protocoldesk.service.MeetingService;
import org.protocoldesk.service.TaskRunner;
import org.protocoldesk.ui.common.Dialogs;
import org.protocoldesk.ui.common.ListController;
import org.protocoldesk.ui.common.PagedQuery;
import org.protocoldesk.ui.common.RecordOpener;

/**
 * Loads the most recent meetings that pass the filters into their screen, the first page at once, again whenever a
 * filter changes; shows the selected one in the pane beside the list; opens one to edit.
 */
public final class MeetingsController extends ListController<MeetingSummary> {
    private final MeetingsView view;
    private final TaskRunner tasks;
    private final MeetingService meetings;
    private final Dialogs dialogs;
    private final MeetingPane pane;
    private LongConsumer editor = id -> { };
    private long paneLoads;

    public MeetingsController(MeetingsView view, TaskRunner tasks, MeetingService meetings, Dialogs dialogs,
                              RecordOpener opener) {
        super(view, () -> {
            MeetingFilter filter = view.filters().filter();
            view.rows().load(tasks, (PagedQuery<MeetingSummary>) page ->
                    meetings.latest(filter, page.within(MeetingsView.MOST_RECENT)));
        });
        this.view = view;
        this.tasks = tasks;
        this.meetings = meetings;
        this.dialogs = dialogs;
        this.pane = new MeetingPane(opener, this::edit);
        view.showPane(pane);
        view.setOnEdit(this::edit);
        view.filters().filterProperty().addListener((p, was, now) -> super.refresh());
        view.selectedRow().addListener((p, was, now) -> showPane(now));
    }

    /** Where a meeting opens to be edited: the Log meeting form. */
    public void setEditor(LongConsumer editor) {
        this.editor = editor;
    }

    /** Loads the rows (the one selected stays selected) and what the filters offer. */
    @Override
    public void refresh() {
        MeetingSummary selected = view.selectedRow().get();
        super.refresh();
        if (selected != null) {
            view.selectWhenShown(m -> m.id() == selected.id());
        }
        tasks.read(meetings::filterChoices, view.filters()::offer,
                failure -> dialogs.failure("The meeting filters cannot be offered", failure));
    }

    private void edit(long meetingId) {
        editor.accept(meetingId);
    }

    private void showPane(MeetingSummary selected) {
        long thisLoad = ++paneLoads;
        if (selected == null) {
            pane.show(null);
            return;
        }
        tasks.read(() -> meetings.detail(selected.id()), detail -> {
            if (thisLoad == paneLoads) {
                pane.show(detail.orElse(null));
            }
        }, failure -> {
            if (thisLoad == paneLoads) {
                pane.show(null);
                dialogs.failure("The meeting cannot be shown", failure);
            }
        });
    }
}
