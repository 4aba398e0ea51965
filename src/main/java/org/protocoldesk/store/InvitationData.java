package org.protocoldesk.store;

import java.time.LocalDate;
import org.protocoldesk.model.InvitationDirection;
import org.protocoldesk.model.InvitationOccasion;
import org.protocoldesk.model.InvitationStatus;

/** An invitation with inviter and invitee by name (person and/or organisation). */
public record InvitationData(long id, InvitationDirection direction, InvitationOccasion occasion, String description,
                             String inviterPerson, String inviterOrganisation, Long inviteePersonId,
                             String inviteePerson, String inviteeOrganisation, String place, String country,
                             LocalDate proposedStart, LocalDate proposedEnd, LocalDate extendedOn,
                             String extendedAtMeeting, LocalDate replyDeadline, InvitationStatus status, String notes) {
}
