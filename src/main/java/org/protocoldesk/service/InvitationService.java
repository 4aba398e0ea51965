package org.protocoldesk.service;

import java.util.List;
import org.protocoldesk.model.Invitation;
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
