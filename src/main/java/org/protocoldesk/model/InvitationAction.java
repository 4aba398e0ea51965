package org.protocoldesk.model;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What can be decided about an invitation, and from which status. A pending invitation is accepted, declined or
 * lapses; an accepted one is fulfilled by a trip or an event, or lapses when the visit never happens. Declined,
 * fulfilled and lapsed are final. A pending or accepted invitation whose fate no source states is marked not
 * recorded (so that it stops waiting for a decision), and takes any decision once one is learnt.
 */
public enum InvitationAction {
    ACCEPT(InvitationStatus.ACCEPTED, EnumSet.of(InvitationStatus.PENDING, InvitationStatus.NOT_RECORDED)),
    DECLINE(InvitationStatus.DECLINED, EnumSet.of(InvitationStatus.PENDING, InvitationStatus.NOT_RECORDED)),
    FULFIL(InvitationStatus.FULFILLED, EnumSet.of(InvitationStatus.ACCEPTED, InvitationStatus.NOT_RECORDED)),
    LAPSE(InvitationStatus.LAPSED, EnumSet.of(InvitationStatus.PENDING, InvitationStatus.ACCEPTED,
            InvitationStatus.NOT_RECORDED)),
    MARK_NOT_RECORDED(InvitationStatus.NOT_RECORDED, EnumSet.of(InvitationStatus.PENDING, InvitationStatus.ACCEPTED));

    private final InvitationStatus result;
    private final Set<InvitationStatus> from;

    InvitationAction(InvitationStatus result, Set<InvitationStatus> from) {
        this.result = result;
        this.from = from;
    }

    public InvitationStatus result() {
        return result;
    }

    public boolean allowedFrom(InvitationStatus status) {
        return from.contains(status);
    }

    /** The actions an invitation in {@code status} offers, in this enum's order. */
    public static List<InvitationAction> offeredFrom(InvitationStatus status) {
        return Arrays.stream(values()).filter(action -> action.allowedFrom(status)).toList();
    }
}
