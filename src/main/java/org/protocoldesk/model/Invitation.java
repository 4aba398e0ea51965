package org.protocoldesk.model;

import static org.protocoldesk.model.Require.ordered;
import static org.protocoldesk.model.Require.present;

import java.time.LocalDate;

/**
 * An invitation, incoming or outgoing. Inviter and invitee are each a person, an organisation, or both
 * (the Prosecutor General on behalf of the office); {@code inviterName}/{@code inviteeName} name a side that is not in
 * the registry, and keep the name of a person or organisation that was deleted. The proposed dates are known as far
 * as the source says, each end on its own: {@code proposedPrecision} is that of the start,
 * {@code proposedEndPrecision} that of the end ("Sep 2024", "Jan – Jun 2026", "14 Sep – Oct 2024").
 */
public record Invitation(Long id, InvitationDirection direction, InvitationOccasion occasion, String description,
                         Long inviterPersonId, Long inviterOrganisationId, Long inviteePersonId,
                         Long inviteeOrganisationId, String place, String countryCode, LocalDate proposedStart,
                         LocalDate proposedEnd, LocalDate extendedOn, Long extendedAtMeetingId, LocalDate replyDeadline,
                         InvitationStatus status, Long fulfilledByTripId, Long fulfilledByEventId, String notes,
                         DatePrecision proposedPrecision, String inviterName, String inviteeName,
                         DatePrecision proposedEndPrecision) {
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
        proposedEndPrecision = proposedEndPrecision == null ? proposedPrecision : proposedEndPrecision;
        proposedStart = ApproximateDate.firstDay(proposedStart, proposedPrecision);
        proposedEnd = ApproximateDate.firstDay(proposedEnd, proposedEndPrecision);
        ordered(proposedStart, proposedEnd, "proposed dates");
    }

    /** An invitation whose proposed start and end are known alike (both days, both months or both years). */
    public Invitation(Long id, InvitationDirection direction, InvitationOccasion occasion, String description,
                      Long inviterPersonId, Long inviterOrganisationId, Long inviteePersonId,
                      Long inviteeOrganisationId, String place, String countryCode, LocalDate proposedStart,
                      LocalDate proposedEnd, LocalDate extendedOn, Long extendedAtMeetingId, LocalDate replyDeadline,
                      InvitationStatus status, Long fulfilledByTripId, Long fulfilledByEventId, String notes,
                      DatePrecision proposedPrecision, String inviterName, String inviteeName) {
        this(id, direction, occasion, description, inviterPersonId, inviterOrganisationId, inviteePersonId,
                inviteeOrganisationId, place, countryCode, proposedStart, proposedEnd, extendedOn, extendedAtMeetingId,
                replyDeadline, status, fulfilledByTripId, fulfilledByEventId, notes, proposedPrecision, inviterName,
                inviteeName, proposedPrecision);
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
        return ApproximateDate.ofNullable(proposedEnd, proposedEndPrecision);
    }

    public Invitation withId(long newId) {
        return new Invitation(newId, direction, occasion, description, inviterPersonId, inviterOrganisationId,
                inviteePersonId, inviteeOrganisationId, place, countryCode, proposedStart, proposedEnd, extendedOn,
                extendedAtMeetingId, replyDeadline, status, fulfilledByTripId, fulfilledByEventId, notes,
                proposedPrecision, inviterName, inviteeName, proposedEndPrecision);
    }

    private static boolean blank(String name) {
        return name == null || name.isBlank();
    }

    /** This invitation linked to the meeting where it was extended. */
    public Invitation atMeeting(long meetingId) {
        return new Invitation(id, direction, occasion, description, inviterPersonId, inviterOrganisationId,
                inviteePersonId, inviteeOrganisationId, place, countryCode, proposedStart, proposedEnd, extendedOn,
                meetingId, replyDeadline, status, fulfilledByTripId, fulfilledByEventId, notes, proposedPrecision,
                inviterName, inviteeName, proposedEndPrecision);
    }

    /** This invitation in a new status; a trip or event given marks what fulfilled it, null keeps the one recorded. */
    public Invitation decided(InvitationStatus newStatus, Long byTripId, Long byEventId) {
        return new Invitation(id, direction, occasion, description, inviterPersonId, inviterOrganisationId,
                inviteePersonId, inviteeOrganisationId, place, countryCode, proposedStart, proposedEnd, extendedOn,
                extendedAtMeetingId, replyDeadline, newStatus, byTripId == null ? fulfilledByTripId : byTripId,
                byEventId == null ? fulfilledByEventId : byEventId, notes, proposedPrecision, inviterName,
                inviteeName, proposedEndPrecision);
    }
}
