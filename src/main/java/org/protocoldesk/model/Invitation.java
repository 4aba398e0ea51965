package org.protocoldesk.model;

import static org.protocoldesk.model.Require.ordered;
import static org.protocoldesk.model.Require.present;

import java.time.LocalDate;

/**
 * An invitation, incoming or outgoing. Inviter and invitee are each a person, an organisation, or both
 * (the Prosecutor General on behalf of the office); {@code inviterName}/{@code inviteeName} name a side that is not in
 * the registry, and keep the name of a person or organisation that was deleted. {@code proposedPrecision} says
 * whether the proposed days, only the month or only the year are known.
 */
public record Invitation(Long id, InvitationDirection direction, InvitationOccasion occasion, String description,
                         Long inviterPersonId, Long inviterOrganisationId, Long inviteePersonId,
                         Long inviteeOrganisationId, String place, String countryCode, LocalDate proposedStart,
                         LocalDate proposedEnd, LocalDate extendedOn, Long extendedAtMeetingId, LocalDate replyDeadline,
                         InvitationStatus status, Long fulfilledByTripId, Long fulfilledByEventId, String notes,
                         DatePrecision proposedPrecision, String inviterName, String inviteeName) {
    public Invitation {
        present(direction, "direction");
        present(occasion, "occasion");
        present(status, "invitation status");
        if (inviterPersonId == null && inviterOrganisationId == null && blank(inviterName)) {
            throw new InvalidRecordException("inviter", "is required: a person, an organisation or a name");
        }
        if (inviteePersonId == null && inviteeOrganisationId == null && blank(inviteeName)) {
            throw new InvalidRecordException("invitee", "is required: a person, an organisation or a name");
        }
        proposedPrecision = proposedPrecision == null ? DatePrecision.DAY : proposedPrecision;
        proposedStart = ApproximateDate.firstDay(proposedStart, proposedPrecision);
        proposedEnd = ApproximateDate.firstDay(proposedEnd, proposedPrecision);
        ordered(proposedStart, proposedEnd, "proposed dates");
    }

    /** An invitation between recorded people or organisations, its proposed days known (or none proposed). */
    public Invitation(Long id, InvitationDirection direction, InvitationOccasion occasion, String description,
                      Long inviterPersonId, Long inviterOrganisationId, Long inviteePersonId,
                      Long inviteeOrganisationId, String place, String countryCode, LocalDate proposedStart,
                      LocalDate proposedEnd, LocalDate extendedOn, Long extendedAtMeetingId, LocalDate replyDeadline,
                      InvitationStatus status, Long fulfilledByTripId, Long fulfilledByEventId, String notes) {
        this(id, direction, occasion, description, inviterPersonId, inviterOrganisationId, inviteePersonId,
                inviteeOrganisationId, place, countryCode, proposedStart, proposedEnd, extendedOn, extendedAtMeetingId,
                replyDeadline, status, fulfilledByTripId, fulfilledByEventId, notes, DatePrecision.DAY, null, null);
    }

    /** The proposed start, or null when none was proposed. */
    public ApproximateDate proposedFrom() {
        return ApproximateDate.ofNullable(proposedStart, proposedPrecision);
    }

    /** The proposed end, or null when none was proposed. */
    public ApproximateDate proposedTo() {
        return ApproximateDate.ofNullable(proposedEnd, proposedPrecision);
    }

    public Invitation withId(long newId) {
        return new Invitation(newId, direction, occasion, description, inviterPersonId, inviterOrganisationId,
                inviteePersonId, inviteeOrganisationId, place, countryCode, proposedStart, proposedEnd, extendedOn,
                extendedAtMeetingId, replyDeadline, status, fulfilledByTripId, fulfilledByEventId, notes,
                proposedPrecision, inviterName, inviteeName);
    }

    private static boolean blank(String name) {
        return name == null || name.isBlank();
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
