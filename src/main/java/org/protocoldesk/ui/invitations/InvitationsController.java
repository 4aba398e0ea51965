package org.protocoldesk.ui.invitations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.protocoldesk.model.Invitation;
import org.protocoldesk.model.InvitationDirection;
import org.protocoldesk.model.InvitationStatus;
import org.protocoldesk.model.InvitationSummary;
import org.protocoldesk.model.RecordKind;
import org.protocoldesk.service.InvitationService;
import org.protocoldesk.service.TaskRunner;
import org.protocoldesk.ui.common.Dialogs;
import org.protocoldesk.ui.form.EditingListController;

/**
 * Loads the group of invitations chosen (a status and a direction) into their screen, a page at a time, with today's
 * date for the deadlines; edits the selected one in the pane beside, and carries out its decisions. A decision
 * reloads the list, the pane and whatever else shows invitations ({@code changed}).
 */
public final class InvitationsController extends EditingListController<InvitationSummary, Invitation> {
    private final InvitationsView view;
    private final InvitationService invitations;
    private final TaskRunner tasks;
    private final Dialogs dialogs;
    private final Clock clock;
    private final AtomicReference<Group> group;

    /** The group listed, as the worker reads it: the view's switches are for the FX thread only. */
    private record Group(InvitationStatus status, InvitationDirection direction) {
    }

    public InvitationsController(InvitationsView view, TaskRunner tasks, Dialogs dialogs, InvitationService invitations,
                                 InvitationForm form, InvitationDecisions decisions, InvitationPane pane, Clock clock,
                                 Runnable changed) {
        this(view, tasks, dialogs, invitations, form, decisions, pane, clock, changed,
                new AtomicReference<>(new Group(view.status().get(), view.direction().get())));
    }

    private InvitationsController(InvitationsView view, TaskRunner tasks, Dialogs dialogs,
                                  InvitationService invitations, InvitationForm form, InvitationDecisions decisions,
                                  InvitationPane pane, Clock clock, Runnable changed, AtomicReference<Group> group) {
        super(view, tasks, dialogs, page -> invitations.inGroup(group.get().status(), group.get().direction(), page),
                form, pane.node(), (InvitationSummary row) -> row.invitation().id(), Invitation::id);
        this.view = view;
        this.invitations = invitations;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.clock = clock;
        this.group = group;
        view.showPane(pane.node());
        pane.installShortcuts(view);
        view.status().addListener(o -> refresh());
        view.direction().addListener(o -> refresh());
        decisions.setOnChanged(id -> {
            refresh();
            open(id);
            changed.run();
        });
        form.setOnSaved(saved -> {
            showGroupOf(saved);
            refresh();
            open(saved.id());
            changed.run();
        });
    }

    @Override
    public void refresh() {
        view.today().set(LocalDate.now(clock));
        group.set(new Group(view.status().get(), view.direction().get()));
        super.refresh();
    }

    /** Shows the invitation from another screen: its group listed, it selected and in the pane. */
    public void reveal(long id) {
        tasks.read(() -> invitations.find(id), found -> found.ifPresent(invitation -> {
            showGroupOf(invitation);
            open(id);
        }), failure -> dialogs.failure("The invitation could not be read", failure));
    }

    private void showGroupOf(Invitation invitation) {
        view.status().set(invitation.status());
        view.direction().set(invitation.direction());
    }

    @Override
    protected Optional<Invitation> find(long id) {
        return invitations.find(id);
    }

    @Override
    protected void delete(long id) {
        invitations.delete(id);
    }

    @Override
    protected String nameOf(Invitation invitation) {
        return "the invitation “" + InvitationForm.headline(invitation) + "”";
    }

    @Override
    protected String deleteConsequences(Invitation invitation) {
        return "Its history of decisions goes with it; the meeting it came from keeps the outcome's text.";
    }

    @Override
    protected String firstFieldId() {
        return "invitation-direction";
    }

    @Override
    protected RecordKind kind() {
        return RecordKind.INVITATION;
    }
}
