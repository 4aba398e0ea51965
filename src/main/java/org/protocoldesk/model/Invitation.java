package org.protocoldesk.model;

import static org.protocoldesk.model.Require.ordered;
import static org.protocoldesk.model.Require.present;

import java.time.LocalDate;

/**
 * An invitation, incoming or outgoing. Inviter and invitee are each a person, an organisation, or both
 * (the Prosecutor General on behalf of the office).
 */
public record Invitation(Long id, InvitationDirection direction, InvitationOccasion occasion, String description,
                         Long inviterPersonId, Long inviterOrganisationId, Long inviteePersonId,
                         Long inviteeOrganisationId, String place, String countryCode, LocalDate proposedStart,
                         LocalDate proposedEnd, LocalDate extendedOn, Long extendedAtMeetingId, LocalDate replyDeadline,
                         InvitationStatus status, Long fulfilledByTripId, Long fulfilledByEventId, String notes) {
    public Invitation {
        present(direction, "direction");
        present(occasion, "occasion");
        present(status, "invitation status");
        if (inviterPersonId == null && inviterOrganisationId == null) {
            throw new InvalidRecordException("inviter", "is required: a person or an organisation");
        }
        if (inviteePersonId == null && inviteeOrganisationId == null) {
            throw new InvalidRecordException("invitee", "is required: a person or an organisation");
        }
        ordered(proposedStart, proposedEnd, "proposed dates");
    }

    public Invitation withId(long newId) {
        return new Invitation(newId, direction, occasion, description, inviterPersonId, inviterOrganisationId,
                inviteePersonId, inviteeOrganisationId, place, countryCode, proposedStart, proposedEnd, extendedOn,
                extendedAtMeetingId, replyDeadline, status, fulfilledByTripId, fulfilledByEventId, notes);
    }

    /** This invitation linked to the meeting where it was extended. */
    public Invitation atMeeting(long meetingId) {
        return new Invitation(id, direction, occasion, description, inviterPersonId, inviterOrganisationId,
                inviteePersonId, inviteeOrganisationId, place, countryCode, proposedStart, proposedEnd, extendedOn,
                meetingId, replyDeadline, status, fulfilledByTripId, fulfilledByEventId, notes);
    }

    /** This invitation in a new status; a trip or event given marks what fulfilled it, null keeps the one recorded. */
    public Invitation decided(InvitationStatus newStatus, Long byTripId, Long byEventId) {
        return new Invitation(id, direction, occasion, description, inviterPersonId, inviterOrganisationId,
                inviteePersonId, inviteeOrganisationId, place, countryCode, proposedStart, proposedEnd, extendedOn,
                extendedAtMeetingId, replyDeadline, newStatus, byTripId == null ? fulfilledByTripId : byTripId,
                byEventId == null ? fulfilledByEventId : byEventId, notes);
    }
}
