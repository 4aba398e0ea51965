package org.protocoldesk.store;

import java.util.List;
import java.util.Optional;

/**
 * Everything a briefing note shows, read in one transaction: the trip (absent for an ad hoc briefing), the programme
 * (meetings planned, in order), the events, the counterparts' profiles, the history with them, their organisations
 * and countries (newest first), the follow-ups still open, invitations pending and documents in force.
 */
public record BriefingData(Optional<TripData> trip, List<EventData> events, List<MeetingData> programme,
                           List<ProfileData> counterparts, List<MeetingData> history, List<FollowUpData> openFollowUps,
                           List<InvitationData> pendingInvitations, List<DocumentData> documentsInForce) {
    public BriefingData {
        events = List.copyOf(events);
        programme = List.copyOf(programme);
        counterparts = List.copyOf(counterparts);
        history = List.copyOf(history);
        openFollowUps = List.copyOf(openFollowUps);
        pendingInvitations = List.copyOf(pendingInvitations);
        documentsInForce = List.copyOf(documentsInForce);
    }
}
