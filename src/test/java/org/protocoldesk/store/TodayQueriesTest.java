package org.protocoldesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.protocoldesk.store.generated.Tables.TRIP;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.protocoldesk.model.CalendarItem;
import org.protocoldesk.model.CalendarItemKind;
import org.protocoldesk.model.DatePrecision;
import org.protocoldesk.model.FollowUp;
import org.protocoldesk.model.FollowUpStatus;
import org.protocoldesk.model.Meeting;
import org.protocoldesk.model.MeetingKind;
import org.protocoldesk.model.MeetingSummary;
import org.protocoldesk.model.Party;
import org.protocoldesk.model.TodayAgenda;

class TodayQueriesTest extends StoreTestSupport {

    private TodayAgenda on(String day) {
        return data.read(s -> s.today().on(LocalDate.parse(day), 60, 14, 14, 100));
    }

    @Test
    void followUpsDueListTheMostOverdueFirstUpToTheLimitAndCountThemAll() {
        data.writeAll(s -> {
            for (int day = 1; day <= 5; day++) {
                s.followUps().insert(new FollowUp(null, "Due on " + day + " May", Party.US, null,
                        LocalDate.of(2024, 5, day), null, FollowUpStatus.OPEN, null));
            }
            s.followUps().insert(new FollowUp(null, "Due in a month", Party.US, null, LocalDate.of(2024, 6, 30),
                    null, FollowUpStatus.OPEN, null));
        });

        TodayAgenda agenda = data.read(s -> s.today().on(LocalDate.of(2024, 5, 16), 60, 14, 14, 2));

        assertThat(agenda.followUpsDue()).extracting(f -> f.followUp().text())
                .containsExactly("Due on 1 May", "Due on 2 May");
        assertThat(agenda.followUpsDueTotal()).isEqualTo(5);
    }

    @Test
    void recentMeetingsListTheLatestUpToTheLimitAndCountThemAll() {
        data.writeAll(s -> {
            for (int day = 1; day <= 16; day++) {
                s.meetings().insert(new Meeting(null, MeetingKind.BILATERAL, "Talks of " + day + " May",
                        LocalDate.of(2024, 5, day), null, null, ZoneId.of("Asia/Baku"), null, null, null, null, null,
                        null, List.of(), List.of(), List.of()));
            }
        });

        TodayAgenda agenda = data.read(s -> s.today().on(LocalDate.of(2024, 5, 16), 60, 14, 14, 3));

        assertThat(agenda.recentMeetings()).extracting(MeetingSummary::title)
                .containsExactly("Talks of 16 May", "Talks of 15 May", "Talks of 14 May");
        // From 2 to 16 May: the fourteen days before today and today.
        assertThat(agenda.recentMeetingsTotal()).isEqualTo(15);
    }

    @Test
    void aTripUnderWayStaysOnTodayUntilItsLastDay() {
        data.writeAll(s -> ReferencedRows.trip(s, "Working visit to Dushanbe", LocalDate.of(2024, 5, 16),
                LocalDate.of(2024, 5, 18)));

        assertThat(on("2024-05-17").tripsAndEvents()).extracting(CalendarItem::kind, CalendarItem::title)
                .containsExactly(tuple(CalendarItemKind.TRIP, "Working visit to Dushanbe"));
        assertThat(on("2024-05-18").tripsAndEvents()).hasSize(1);
        assertThat(on("2024-05-19").tripsAndEvents()).isEmpty();
    }

    @Test
    void aTripKnownOnlyToTheMonthStaysOnTodayUntilThatMonthEnds() {
        data.writeAll(s -> {
            long trip = ReferencedRows.trip(s, "Visit to Tashkent", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 1));
            s.dsl().update(TRIP).set(TRIP.DATE_PRECISION, DatePrecision.MONTH).where(TRIP.ID.eq(trip)).execute();
        });

        assertThat(on("2026-11-24").tripsAndEvents()).extracting(CalendarItem::title, CalendarItem::endDate)
                .containsExactly(tuple("Visit to Tashkent", LocalDate.of(2026, 11, 30)));
        assertThat(on("2026-12-01").tripsAndEvents()).isEmpty();
    }

    @Test
    void tripsAndEventsStartingWithinSixtyDaysAreListedAndLaterOnesAreNot() {
        data.writeAll(s -> {
            ReferencedRows.trip(s, "In sixty days", LocalDate.of(2024, 7, 15), LocalDate.of(2024, 7, 16));
            ReferencedRows.event(s, "In sixty-one days", LocalDate.of(2024, 7, 16), LocalDate.of(2024, 7, 16));
        });

        assertThat(on("2024-05-16").tripsAndEvents()).extracting(CalendarItem::title).containsExactly("In sixty days");
    }
}
