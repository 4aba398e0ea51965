package org.protocoldesk.service;

import org.protocoldesk.model.InvitationAction;
import org.protocoldesk.model.InvitationStatus;

/** An invitation was asked to change in a way its status does not allow (a declined one fulfilled…); nothing changed. */
public final class InvalidTransitionException extends IllegalStateException {
    private final InvitationStatus from;
    private final InvitationAction action;

    public InvalidTransitionException(InvitationStatus from, InvitationAction action) {
        super("An invitation that is " + from + " cannot " + action);
        this.from = from;
        this.action = action;
    }

    public InvitationStatus from() {
        return from;
    }

    public InvitationAction action() {
        return action;
    }
}
