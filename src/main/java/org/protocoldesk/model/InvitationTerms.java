package org.protocoldesk.model;

import java.time.LocalDate;

/**
 * The invitation an outcome extends or records. Proposed dates may be a span when only an approximate time is known
 * ("the first half of 2026": 1 January to 30 June). {@code invitationId} is set once it exists, so that an edit of the
 * meeting updates it instead of creating another.
 */
public record InvitationTerms(Long invitationId, InvitationDirection direction, InvitationOccasion occasion,
                              String description, Long inviterPersonId, Long inviterOrganisationId,
                              Long inviteePersonId, Long inviteeOrganisationId, LocalDate proposedStart,
                              LocalDate proposedEnd, LocalDate replyDeadline) {
}
