package org.protocoldesk.ui.meetings;

import org.protocoldesk.model.MeetingSummary;
import org.protocoldesk.service.MeetingService;
import org.protocoldesk.service.TaskRunner;
import org.protocoldesk.ui.common.ListController;

/** Loads the most recent meetings into their screen, the first page at once. */
public final class MeetingsController extends ListController<MeetingSummary> {

    public MeetingsController(MeetingsView view, TaskRunner tasks, MeetingService meetings) {
        super(view, tasks, page -> meetings.latest(page.within(MeetingsView.MOST_RECENT)));
    }
}
