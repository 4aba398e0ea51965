package org.protocoldesk.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * A meeting as the officer logs it, whole: who met, when and where, the topics, the summary, the outcomes with what
 * they create, and the follow-ups. Unlike {@link Meeting} it may hold input that breaks the rules (no counterpart, a
 * time without a zone…), so that every fault can be reported at once before anything is written.
 * {@code meetingId} is null for a new meeting and the meeting's id when it is edited.
 */
public record MeetingEntry(Long meetingId, MeetingKind kind, LocalDate date, LocalTime time, ZoneId zone,
                           String place, String city, String countryCode, Long tripId, Long eventId,
                           List<Long> counterpartIds, List<Long> ourParticipantIds, List<String> topics,
                           String summary, List<OutcomeEntry> outcomes, List<FollowUpEntry> followUps) {
    public MeetingEntry {
        counterpartIds = Require.copy(counterpartIds);
        ourParticipantIds = Require.copy(ourParticipantIds);
        topics = Require.copy(topics);
        outcomes = Require.copy(outcomes);
        followUps = Require.copy(followUps);
    }
}
