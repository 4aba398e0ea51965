package org.protocoldesk.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.protocoldesk.model.Invitation;
import org.protocoldesk.model.InvitationAction;
import org.protocoldesk.model.InvitationChange;
import org.protocoldesk.model.InvitationStatus;
import org.protocoldesk.store.DataStore;
import org.protocoldesk.store.Stores;

/**
 * The decisions on invitations: accept, decline with a reason, mark fulfilled by a trip or an event, lapse, mark not
 * recorded. Only the transitions of {@link InvitationAction} are carried out; each keeps its day, so that an
 * invitation's history can be shown. Methods block: call them through the {@link TaskRunner}.
 */
public final class InvitationLedger {
    private final DataStore data;

    public InvitationLedger(DataStore data) {
        this.data = data;
    }

    public void accept(long invitationId, LocalDate on) {
        decide(invitationId, InvitationAction.ACCEPT, on, null, null, null);
    }

    public void decline(long invitationId, LocalDate on, String reason) {
        decide(invitationId, InvitationAction.DECLINE, on, reason, null, null);
    }

    /** Marks the invitation fulfilled by the trip or the event (at least one) that honoured it. */
    public void fulfil(long invitationId, LocalDate on, Long tripId, Long eventId) {
        if (tripId == null && eventId == null) {
            throw new InvalidEntryException(List.of(new FieldError("fulfilledBy", Problem.REQUIRED)));
        }
        decide(invitationId, InvitationAction.FULFIL, on, null, tripId, eventId);
    }

    public void lapse(long invitationId, LocalDate on) {
        decide(invitationId, InvitationAction.LAPSE, on, null, null, null);
    }

    /** Says that no source states what became of the invitation: it no longer awaits a decision. */
    public void markNotRecorded(long invitationId, LocalDate on) {
        decide(invitationId, InvitationAction.MARK_NOT_RECORDED, on, null, null, null);
    }

    /** Links an invitation recorded on its own (one received by letter) to the meeting where it was extended. */
    public void linkToMeeting(long invitationId, long meetingId) {
        data.writeAll(s -> {
            s.meetings().find(meetingId).orElseThrow(() -> new IllegalArgumentException("No meeting " + meetingId));
            s.invitations().update(find(s, invitationId).atMeeting(meetingId));
        });
    }

    /** The invitation's history: extended (when its date is known), then each decision with its day. */
    public List<InvitationChange> history(long invitationId) {
        return data.read(s -> {
            Invitation invitation = find(s, invitationId);
            List<InvitationChange> history = new ArrayList<>();
            if (invitation.extendedOn() != null) {
                history.add(new InvitationChange(InvitationStatus.PENDING, invitation.extendedOn(), null));
            }
            history.addAll(s.invitations().changes(invitationId));
            return history;
        });
    }

    private void decide(long invitationId, InvitationAction action, LocalDate on, String reason, Long tripId,
                        Long eventId) {
        if (on == null) {
            throw new InvalidEntryException(List.of(new FieldError("on", Problem.REQUIRED)));
        }
        if (action == InvitationAction.DECLINE && (reason == null || reason.isBlank())) {
            throw new InvalidEntryException(List.of(new FieldError("reason", Problem.REQUIRED)));
        }
        data.writeAll(s -> {
            Invitation i = find(s, invitationId);
            if (!action.allowedFrom(i.status())) {
                throw new InvalidTransitionException(i.status(), action);
            }
            s.invitations().update(i.decided(action.result(), tripId, eventId));
            s.invitations().recordChange(invitationId, new InvitationChange(action.result(), on, reason));
        });
    }

    private static Invitation find(Stores s, long invitationId) {
        return s.invitations().find(invitationId)
                .orElseThrow(() -> new IllegalArgumentException("No invitation " + invitationId));
    }
}
