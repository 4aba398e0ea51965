package org.protocoldesk.store;

import java.util.List;
import java.util.Optional;

/**
 * Everything a briefing note shows, read in one transaction: the trip (absent for an ad hoc briefing), the programme
 * (meetings planned, in order), the events, the counterparts' profiles, the history with them, their organisations
 * and countries (newest first: the most recent, and the last few with each counterpart), the follow-ups still open
 * (soonest due first), invitations pending and documents in force (newest first). The lists that grow with the years
 * are {@link Bounded}: the first of them, and how many there are in all.
 */
public record BriefingData(Optional<TripData> trip, List<EventData> events, List<MeetingData> programme,
                           List<ProfileData> counterparts, Bounded<MeetingData> history,
                           Bounded<FollowUpData> openFollowUps, List<InvitationData> pendingInvitations,
                           Bounded<DocumentData> documentsInForce) {
    public BriefingData {
        events = List.copyOf(events);
        programme = List.copyOf(programme);
        counterparts = List.copyOf(counterparts);
        pendingInvitations = List.copyOf(pendingInvitations);
    }
}
