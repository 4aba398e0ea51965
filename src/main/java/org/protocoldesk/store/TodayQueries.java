package org.protocoldesk.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jooq.DSLContext;
import org.protocoldesk.model.CalendarItem;
import org.protocoldesk.model.MeetingFilter;
import org.protocoldesk.model.MeetingSummary;
import org.protocoldesk.model.Page;
import org.protocoldesk.model.TodayAgenda;

/** The Today screen's data, read in the one transaction of the caller. */
public final class TodayQueries {
    private final DSLContext tx;

    TodayQueries(DSLContext tx) {
        this.tx = tx;
    }

    /**
     * Trips and events on at least one day from {@code today} to {@code daysAhead} days later (so a trip under way
     * stays), pending invitations by deadline, open follow-ups due within {@code dueWithinDays} or overdue, and the
     * meetings of the last {@code recentDays} days, newest first. Of the invitations and follow-ups, the
     * {@code mostUrgent} first by deadline, of the meetings the {@code mostUrgent} latest, each with how many there
     * are in all.
     */
    public TodayAgenda on(LocalDate today, int daysAhead, int dueWithinDays, int recentDays, int mostUrgent) {
        CalendarQueries calendar = new CalendarQueries(tx);
        LocalDate last = today.plusDays(daysAhead);
        List<CalendarItem> ahead = new ArrayList<>(calendar.tripsOverlapping(today, last));
        ahead.addAll(calendar.eventsOverlapping(today, last));
        ahead.sort(Comparator.comparing(CalendarItem::startDate).thenComparing(CalendarItem::kind)
                .thenComparing(CalendarItem::recordId));
        MeetingStore meetings = new MeetingStore(tx);
        LocalDate recentFrom = today.minusDays(recentDays);
        List<MeetingSummary> recent = meetings.latest(new MeetingFilter(recentFrom, today, null, null, null, null),
                Page.first(mostUrgent));
        InvitationStore invitations = new InvitationStore(tx);
        FollowUpStore followUps = new FollowUpStore(tx);
        LocalDate dueBy = today.plusDays(dueWithinDays);
        return new TodayAgenda(today, ahead, invitations.awaitingDecision(Page.first(mostUrgent)),
                invitations.countAwaitingDecision(), followUps.openDueBy(dueBy, Page.first(mostUrgent)),
                followUps.countOpenDueBy(dueBy), recent, meetings.countBetween(recentFrom, today));
    }
}
