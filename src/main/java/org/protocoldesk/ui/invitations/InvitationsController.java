package org.protocoldesk.ui.invitations;

import java.time.Clock;
import java.time.LocalDate;
import org.protocoldesk.service.InvitationService;
import org.protocoldesk.service.TaskRunner;
import org.protocoldesk.ui.common.Refreshable;

/** Loads the invitations into their screen, with today's date for the deadlines. */
public final class InvitationsController implements Refreshable {
    private final InvitationsView view;
    private final TaskRunner tasks;
    private final InvitationService invitations;
    private final Clock clock;

    public InvitationsController(InvitationsView view, TaskRunner tasks, InvitationService invitations, Clock clock) {
        this.view = view;
        this.tasks = tasks;
        this.invitations = invitations;
        this.clock = clock;
        view.setOnRetry(this::refresh);
    }

    @Override
    public void refresh() {
        view.today().set(LocalDate.now(clock));
        view.rows().load(tasks, invitations::summaries);
    }
}
