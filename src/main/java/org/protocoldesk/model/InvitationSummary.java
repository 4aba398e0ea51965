package org.protocoldesk.model;

/**
 * An invitation as lists show it. {@code inviter} and {@code invitee} read "Name", "Organisation" or
 * "Name (Organisation)", as the invitation records a person, an organisation or both.
 */
public record InvitationSummary(Invitation invitation, String inviter, String invitee, String countryName) {
}
