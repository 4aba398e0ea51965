package org.protocoldesk.ui.invitations;

import java.time.Clock;
import java.time.LocalDate;
import org.protocoldesk.model.InvitationSummary;
import org.protocoldesk.service.InvitationService;
import org.protocoldesk.service.TaskRunner;
import org.protocoldesk.ui.common.ListController;

/** Loads the invitations into their screen, with today's date for the deadlines. */
public final class InvitationsController extends ListController<InvitationSummary> {
    private final InvitationsView view;
    private final Clock clock;

    public InvitationsController(InvitationsView view, TaskRunner tasks, InvitationService invitations, Clock clock) {
        super(view, tasks, invitations::summaries);
        this.view = view;
        this.clock = clock;
    }

    @Override
    public void refresh() {
        view.today().set(LocalDate.now(clock));
        super.refresh();
    }
}
