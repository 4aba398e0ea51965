package org.protocoldesk.ui.meetings;

import org.protocoldesk.service.MeetingService;
import org.protocoldesk.service.TaskRunner;
import org.protocoldesk.ui.common.Refreshable;

/** Loads the most recent meetings into their screen. */
public final class MeetingsController implements Refreshable {
    private final MeetingsView view;
    private final TaskRunner tasks;
    private final MeetingService meetings;

    public MeetingsController(MeetingsView view, TaskRunner tasks, MeetingService meetings) {
        this.view = view;
        this.tasks = tasks;
        this.meetings = meetings;
        view.setOnRetry(this::refresh);
    }

    @Override
    public void refresh() {
        view.rows().load(tasks, () -> meetings.latest(MeetingsView.MOST_RECENT));
    }
}
