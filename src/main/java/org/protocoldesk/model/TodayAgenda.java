package org.protocoldesk.model;

import java.time.LocalDate;
import java.util.List;

/**
 * What needs attention on {@code today}, read together: trips and events under way or starting soon, invitations
 * awaiting a decision, open follow-ups due or overdue, and the meetings of the last days. Invitations and follow-ups
 * can pile up over the years, and a busy office holds hundreds of meetings a fortnight: the lists hold the most urgent
 * (or the latest) ones, the totals say how many there are in all.
 */
public record TodayAgenda(LocalDate today, List<CalendarItem> tripsAndEvents, List<InvitationSummary> awaitingDecision,
                          int awaitingDecisionTotal, List<FollowUpSummary> followUpsDue, int followUpsDueTotal,
                          List<MeetingSummary> recentMeetings, int recentMeetingsTotal) {

    public TodayAgenda {
        Require.present(today, "today");
        tripsAndEvents = Require.copy(tripsAndEvents);
        awaitingDecision = Require.copy(awaitingDecision);
        followUpsDue = Require.copy(followUpsDue);
        recentMeetings = Require.copy(recentMeetings);
    }
}
