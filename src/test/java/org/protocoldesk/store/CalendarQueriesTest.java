package org.protocoldesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.protocoldesk.store.generated.Tables.EVENT;
import static org.protocoldesk.store.generated.Tables.TRIP;
import static org.protocoldesk.store.generated.Tables.TRIP_DESTINATION;
import static org.protocoldesk.store.generated.Tables.TRIP_EVENT;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protocoldesk.model.CalendarItem;
import org.protocoldesk.model.CalendarItemKind;
import org.protocoldesk.model.CalendarOverview;
import org.protocoldesk.model.DatePrecision;
import org.protocoldesk.model.FollowUp;
import org.protocoldesk.model.FollowUpStatus;
import org.protocoldesk.model.Invitation;
import org.protocoldesk.model.InvitationDirection;
import org.protocoldesk.model.InvitationOccasion;
import org.protocoldesk.model.InvitationStatus;
import org.protocoldesk.model.Meeting;
import org.protocoldesk.model.MeetingKind;
import org.protocoldesk.model.Party;
import org.protocoldesk.model.Side;

class CalendarQueriesTest extends StoreTestSupport {
    private static final ZoneId DUSHANBE = ZoneId.of("Asia/Dushanbe");

    private long rahmon;
    private long aliyev;
    private long tripId;

    @BeforeEach
    void rows() {
        data.writeAll(s -> {
            rahmon = ReferencedRows.person(s, Side.THEIRS, "Yusuf Rahmon");
            aliyev = ReferencedRows.person(s, Side.OURS, "Kamran Aliyev");
            // A trip that crosses the end of May into June.
            tripId = ReferencedRows.trip(s, "Working visit to Dushanbe", LocalDate.of(2024, 5, 30),
                    LocalDate.of(2024, 6, 2));
        });
    }

    private long meeting(LocalDate day, LocalTime start) {
        return data.write(s -> s.meetings().insert(new Meeting(null, MeetingKind.BILATERAL, "Talks", day, start,
                start == null ? null : start.plusHours(1), DUSHANBE, "Palace", "Dushanbe", null, tripId, null, null,
                List.of(rahmon), List.of("Extradition"), List.of())).id());
    }

    private List<CalendarItem> between(String from, String to) {
        return data.read(s -> s.calendar().between(LocalDate.parse(from), LocalDate.parse(to)));
    }

    @Test
    void aMeetingOnTheLastDayOfAMonthBelongsToThatMonthOnly() {
        long id = meeting(LocalDate.of(2024, 5, 31), LocalTime.of(22, 30));

        assertThat(between("2024-05-01", "2024-05-31")).extracting(CalendarItem::key).contains("MEETING:" + id);
        assertThat(between("2024-06-01", "2024-06-30")).extracting(CalendarItem::key).doesNotContain("MEETING:" + id);
    }

    @Test
    void aMeetingIsFoundByARangeOfOneDayOnItsDayAndNotTheDayBefore() {
        long id = meeting(LocalDate.of(2024, 6, 1), LocalTime.of(0, 0));

        assertThat(between("2024-06-01", "2024-06-01")).extracting(CalendarItem::key).contains("MEETING:" + id);
        assertThat(between("2024-05-31", "2024-05-31")).extracting(CalendarItem::key).doesNotContain("MEETING:" + id);
    }

    @Test
    void aTripCrossingAMonthBoundaryBelongsToBothMonthsAndEveryDayItCovers() {
        CalendarItem inMay = trip(between("2024-05-01", "2024-05-31"));
        CalendarItem inJune = trip(between("2024-06-01", "2024-06-30"));

        assertThat(inMay).isEqualTo(inJune);
        assertThat(inMay.covers(LocalDate.of(2024, 5, 31))).isTrue();
        assertThat(inMay.covers(LocalDate.of(2024, 6, 2))).isTrue();
        assertThat(inMay.covers(LocalDate.of(2024, 6, 3))).isFalse();
        assertThat(between("2024-06-03", "2024-06-30")).extracting(CalendarItem::kind)
                .doesNotContain(CalendarItemKind.TRIP);
    }

    private static CalendarItem trip(List<CalendarItem> items) {
        return items.stream().filter(i -> i.kind() == CalendarItemKind.TRIP).findFirst().orElseThrow();
    }

    @Test
    void aMeetingKeepsTheLocalTimeAndZoneOfItsPlaceWhateverTheMachineZone() {
        TimeZone machine = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
            meeting(LocalDate.of(2024, 5, 16), LocalTime.of(9, 0));
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Auckland"));

            CalendarItem read = between("2024-05-16", "2024-05-16").stream()
                    .filter(i -> i.kind() == CalendarItemKind.MEETING).findFirst().orElseThrow();

            assertThat(read.startTime()).isEqualTo(LocalTime.of(9, 0));
            assertThat(read.zone()).isEqualTo(DUSHANBE);
            assertThat(read.startDate()).isEqualTo(LocalDate.of(2024, 5, 16));
        } finally {
            TimeZone.setDefault(machine);
        }
    }

    @Test
    void aMeetingComesWithItsCounterpartsTopicsAndTrip() {
        long id = meeting(LocalDate.of(2024, 5, 31), LocalTime.of(10, 0));

        CalendarItem read = between("2024-05-31", "2024-05-31").stream()
                .filter(i -> i.key().equals("MEETING:" + id)).findFirst().orElseThrow();

        assertThat(read.people()).containsExactly("Yusuf Rahmon");
        assertThat(read.concerns(rahmon)).isTrue();
        assertThat(read.topics()).containsExactly("Extradition");
        assertThat(read.tripIds()).containsExactly(tripId);
        assertThat(read.endTime()).isEqualTo(LocalTime.of(11, 0));
    }

    @Test
    void aTripShowsItsDestinationsInOrderAndTheCountryOfTheFirstAndAnEventTheTripsItBelongsTo() {
        long[] ids = new long[2];
        data.writeAll(s -> {
            s.dsl().insertInto(TRIP_DESTINATION, TRIP_DESTINATION.TRIP_ID, TRIP_DESTINATION.POSITION,
                            TRIP_DESTINATION.CITY, TRIP_DESTINATION.COUNTRY_CODE)
                    .values(tripId, 2, "Tashkent", "UZ").values(tripId, 1, "Dushanbe", "TJ").execute();
            ids[0] = ReferencedRows.trip(s, "Follow-up visit", LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 3));
            ids[1] = ReferencedRows.event(s, "ECO Council", LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 1));
            s.dsl().insertInto(TRIP_EVENT, TRIP_EVENT.TRIP_ID, TRIP_EVENT.EVENT_ID)
                    .values(tripId, ids[1]).values(ids[0], ids[1]).execute();
        });

        List<CalendarItem> june = between("2024-06-01", "2024-06-01");

        CalendarItem trip = june.stream().filter(i -> i.key().equals("TRIP:" + tripId)).findFirst().orElseThrow();
        assertThat(trip.place()).isEqualTo("Dushanbe, Tashkent");
        assertThat(trip.countryCode()).isEqualTo("TJ");
        assertThat(june.stream().filter(i -> i.key().equals("TRIP:" + ids[0])).findFirst().orElseThrow().place())
                .isNull();
        assertThat(june).filteredOn(i -> i.kind() == CalendarItemKind.EVENT).singleElement()
                .extracting(CalendarItem::tripIds).isEqualTo(java.util.Set.of(tripId, ids[0]));
    }

    @Test
    void anOverviewReadsTheFirstMeetingsAndFollowUpsOfEachDayAndCountsTheRest() {
        LocalDate busy = LocalDate.of(2024, 6, 12);
        List<Long> meetings = new java.util.ArrayList<>();
        for (int hour = 15; hour >= 9; hour--) {
            meetings.add(0, meeting(busy, LocalTime.of(hour, 0)));
        }
        long untimed = meeting(busy, null);
        long quiet = meeting(busy.plusDays(1), LocalTime.of(10, 0));
        data.writeAll(s -> {
            for (int i = 0; i < 5; i++) {
                s.followUps().insert(new FollowUp(null, "Send note " + i, Party.US, null, busy, null,
                        FollowUpStatus.OPEN, null));
            }
        });

        CalendarOverview overview = data.read(s -> s.calendar().overview(busy.withDayOfMonth(1),
                busy.withDayOfMonth(30), 3));

        // The untimed meeting leads its day, then the earliest ones: the month's cell lists them in that order.
        assertThat(overview.items()).filteredOn(i -> i.kind() == CalendarItemKind.MEETING)
                .extracting(CalendarItem::recordId).containsExactly(untimed, meetings.get(0), meetings.get(1), quiet);
        assertThat(overview.items()).filteredOn(i -> i.kind() == CalendarItemKind.FOLLOW_UP_DUE).hasSize(3);
        assertThat(overview.notRead(busy, List.of(CalendarItemKind.MEETING))).isEqualTo(5);
        assertThat(overview.notRead(busy, List.of(CalendarItemKind.FOLLOW_UP_DUE))).isEqualTo(2);
        assertThat(overview.notRead(busy, java.util.EnumSet.allOf(CalendarItemKind.class))).isEqualTo(7);
        assertThat(overview.notRead(busy.plusDays(1), java.util.EnumSet.allOf(CalendarItemKind.class))).isZero();
        assertThat(overview.items()).filteredOn(i -> i.kind() == CalendarItemKind.TRIP).hasSize(1);
    }

    @Test
    void pendingReplyDeadlinesProposedVisitsAndOpenFollowUpsAreDatedItems() {
        data.writeAll(s -> {
            s.invitations().insert(invitation(InvitationStatus.PENDING, "2024-06-10", "2024-09-01", "2024-09-05"));
            s.invitations().insert(invitation(InvitationStatus.DECLINED, "2024-06-11", null, null));
            s.followUps().insert(new FollowUp(null, "Send the draft", Party.US, null, LocalDate.of(2024, 6, 12),
                    null, FollowUpStatus.OPEN, null));
            s.followUps().insert(new FollowUp(null, "Dropped", Party.US, null, LocalDate.of(2024, 6, 13),
                    null, FollowUpStatus.DROPPED, null));
        });

        assertThat(between("2024-06-10", "2024-06-30")).extracting(CalendarItem::kind, CalendarItem::startDate)
                .containsExactly(
                        tuple(CalendarItemKind.REPLY_DEADLINE, LocalDate.of(2024, 6, 10)),
                        tuple(CalendarItemKind.FOLLOW_UP_DUE, LocalDate.of(2024, 6, 12)));
        // A proposed visit from 1 to 5 September shows in a range that starts in its middle.
        assertThat(between("2024-09-03", "2024-09-30")).extracting(CalendarItem::kind, CalendarItem::endDate)
                .containsExactly(
                        tuple(CalendarItemKind.PROPOSED_VISIT, LocalDate.of(2024, 9, 5)));
    }

    @Test
    void aVisitProposedForAMonthShowsInEveryWeekOfItAndEndsOnItsLastDay() {
        data.writeAll(s -> s.invitations().insert(new Invitation(null, InvitationDirection.OUTGOING,
                InvitationOccasion.CONFERENCE, "IAP conference", aliyev, null, rahmon, null, "Baku", null,
                LocalDate.of(2024, 9, 1), null, null, null, null, InvitationStatus.PENDING, null, null, null,
                DatePrecision.MONTH, null, null)));

        assertThat(between("2024-09-16", "2024-09-22")).extracting(CalendarItem::kind, CalendarItem::endDate)
                .containsExactly(
                        tuple(CalendarItemKind.PROPOSED_VISIT, LocalDate.of(2024, 9, 30)));
        assertThat(between("2024-10-01", "2024-10-07")).isEmpty();
    }

    @Test
    void aTripAndAnEventKnownOnlyToTheMonthSpanItAndShowForAnyWeekOfIt() {
        data.writeAll(s -> {
            long trip = ReferencedRows.trip(s, "London: IAP conference", LocalDate.of(2023, 9, 1),
                    LocalDate.of(2023, 9, 1));
            long event = ReferencedRows.event(s, "28th IAP Annual Conference", LocalDate.of(2023, 9, 1),
                    LocalDate.of(2023, 9, 1));
            s.dsl().update(TRIP).set(TRIP.DATE_PRECISION, DatePrecision.MONTH).where(TRIP.ID.eq(trip)).execute();
            s.dsl().update(EVENT).set(EVENT.DATE_PRECISION, DatePrecision.MONTH).where(EVENT.ID.eq(event)).execute();
        });

        assertThat(between("2023-09-18", "2023-09-24"))
                .extracting(CalendarItem::kind, CalendarItem::startDate, CalendarItem::endDate, CalendarItem::approximate)
                .containsExactlyInAnyOrder(
                        tuple(CalendarItemKind.TRIP, LocalDate.of(2023, 9, 1),
                                LocalDate.of(2023, 9, 30), true),
                        tuple(CalendarItemKind.EVENT, LocalDate.of(2023, 9, 1),
                                LocalDate.of(2023, 9, 30), true));
        assertThat(between("2023-10-01", "2023-10-07")).isEmpty();
    }

    @Test
    void aVisitProposedFromADayIntoALaterMonthShowsUntilThatMonthEnds() {
        data.writeAll(s -> s.invitations().insert(new Invitation(null, InvitationDirection.OUTGOING,
                InvitationOccasion.OFFICIAL_VISIT, "Visit", aliyev, null, rahmon, null, "Baku", null,
                LocalDate.of(2024, 9, 14), LocalDate.of(2024, 10, 1), null, null, null, InvitationStatus.ACCEPTED,
                null, null, null, DatePrecision.DAY, null, null, DatePrecision.MONTH)));

        assertThat(between("2024-10-28", "2024-11-03")).extracting(CalendarItem::startDate, CalendarItem::endDate)
                .containsExactly(tuple(LocalDate.of(2024, 9, 14),
                        LocalDate.of(2024, 10, 31)));
    }

    private Invitation invitation(InvitationStatus status, String deadline, String proposedStart, String proposedEnd) {
        return new Invitation(null, InvitationDirection.INCOMING, InvitationOccasion.OFFICIAL_VISIT, "Official visit",
                rahmon, null, aliyev, null, "Dushanbe", null, date(proposedStart), date(proposedEnd), null, null,
                date(deadline), status, null, null, null);
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
