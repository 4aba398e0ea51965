package org.protocoldesk.model;

import java.util.List;

/**
 * A meeting as its pane shows it: the meeting, the names of its country, trip and event, who attended (each
 * counterpart with the post held on the meeting's date), its outcomes with what each created, its follow-ups
 * with their owners, and the invitations and documents of the meeting that no outcome names (recorded apart).
 */
public record MeetingDetail(Meeting meeting, String countryName, String tripTitle, String eventName,
                            List<Attendee> counterparts, List<Attendee> ours, List<OutcomeDetail> outcomes,
                            List<FollowUpDetail> followUps, List<Invitation> otherInvitations,
                            List<Document> otherDocuments) {
    public MeetingDetail {
        otherInvitations = List.copyOf(otherInvitations);
        otherDocuments = List.copyOf(otherDocuments);
        counterparts = List.copyOf(counterparts);
        ours = List.copyOf(ours);
        outcomes = List.copyOf(outcomes);
        followUps = List.copyOf(followUps);
    }

    /** A person at the meeting; {@code postTitle} and {@code organisationName} are null when no post is known. */
    public record Attendee(long personId, String fullName, String postTitle, String organisationName) {
    }

    /** An outcome and the invitation or document it created (null when none). */
    public record OutcomeDetail(Outcome outcome, Invitation invitation, Document document) {
    }

    /** A follow-up and the name of its owner (null when none). */
    public record FollowUpDetail(FollowUp followUp, String ownerName) {
    }
}
