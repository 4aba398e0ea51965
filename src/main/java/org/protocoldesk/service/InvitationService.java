package org.protocoldesk.service;

import java.util.List;
import java.util.Optional;
import org.protocoldesk.model.Invitation;
import org.protocoldesk.model.InvitationDirection;
import org.protocoldesk.model.InvitationStatus;
import org.protocoldesk.model.InvitationSummary;
import org.protocoldesk.model.Page;
import org.protocoldesk.store.DataStore;

/** Invitations extended and received. Methods block: call them through the {@link TaskRunner}. */
public final class InvitationService {
    private final DataStore data;

    public InvitationService(DataStore data) {
        this.data = data;
    }

    public List<InvitationSummary> summaries() {
        return summaries(Page.ALL);
    }

    public List<InvitationSummary> summaries(Page page) {
        return data.read(s -> s.invitations().summaries(page));
    }

    /** A page of the invitations in one status and direction, by reply deadline (see the store). */
    public List<InvitationSummary> inGroup(InvitationStatus status, InvitationDirection direction, Page page) {
        return data.read(s -> s.invitations().inGroup(status, direction, page));
    }

    public Optional<InvitationSummary> summary(long id) {
        return data.read(s -> s.invitations().summary(id));
    }

    public Optional<Invitation> find(long id) {
        return data.read(s -> s.invitations().find(id));
    }

    /** Stores the invitation: inserts it when new, else updates it; returns it as stored. */
    public Invitation save(Invitation invitation) {
        if (invitation.id() == null) {
            return add(invitation);
        }
        update(invitation);
        return invitation;
    }

    public void delete(long id) {
        data.writeAll(s -> s.invitations().delete(id));
    }

    public List<InvitationSummary> awaitingDecision() {
        return data.read(s -> s.invitations().awaitingDecision());
    }

    public Invitation add(Invitation invitation) {
        return data.write(s -> s.invitations().insert(invitation));
    }

    public void update(Invitation invitation) {
        data.writeAll(s -> s.invitations().update(invitation));
    }
}
