package org.protocoldesk.model;

import java.time.LocalDate;

/**
 * The invitation an outcome extends or records. The proposed dates are known as far as they were said, each end on
 * its own ("Sep 2024"; "Jan 2026" to "Jun 2026" for the first half of 2026); either may be null.
 * {@code invitationId} is set once it exists, so that an edit of the meeting updates it instead of creating another.
 * {@code inviterName} and {@code inviteeName} are the names the invitation keeps for a side outside the registry
 * (see {@link Invitation}); the Log meeting form never types them, so they are null in what it sends.
 */
public record InvitationTerms(Long invitationId, InvitationDirection direction, InvitationOccasion occasion,
                              String description, Long inviterPersonId, Long inviterOrganisationId,
                              Long inviteePersonId, Long inviteeOrganisationId, ApproximateDate proposedFrom,
                              ApproximateDate proposedTo, LocalDate replyDeadline, String inviterName,
                              String inviteeName) {
    public InvitationTerms(Long invitationId, InvitationDirection direction, InvitationOccasion occasion,
                           String description, Long inviterPersonId, Long inviterOrganisationId,
                           Long inviteePersonId, Long inviteeOrganisationId, ApproximateDate proposedFrom,
                           ApproximateDate proposedTo, LocalDate replyDeadline) {
        this(invitationId, direction, occasion, description, inviterPersonId, inviterOrganisationId, inviteePersonId,
                inviteeOrganisationId, proposedFrom, proposedTo, replyDeadline, null, null);
    }
}
