package org.protocoldesk.model;

/** An invitation as lists show it: the names of its inviter and invitee, and of its country (null when none). */
public record InvitationSummary(Invitation invitation, PartyNames inviter, PartyNames invitee, String countryName) {
}
