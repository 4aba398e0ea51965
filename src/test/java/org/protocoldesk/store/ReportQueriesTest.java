package org.protocoldesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.protocoldesk.store.generated.Tables.TRIP;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protocoldesk.model.DelegationMember;
import org.protocoldesk.model.Document;
import org.protocoldesk.model.DocumentKind;
import org.protocoldesk.model.DocumentParty;
import org.protocoldesk.model.DocumentStatus;
import org.protocoldesk.model.FollowUp;
import org.protocoldesk.model.FollowUpStatus;
import org.protocoldesk.model.Meeting;
import org.protocoldesk.model.MeetingKind;
import org.protocoldesk.model.Party;
import org.protocoldesk.model.Person;
import org.protocoldesk.model.Post;
import org.protocoldesk.model.Side;
import org.protocoldesk.model.Trip;
import org.protocoldesk.model.TripStatus;
import org.protocoldesk.service.DemoDataService;

class ReportQueriesTest extends StoreTestSupport {
    private static final LocalDate TODAY = LocalDate.of(2026, 1, 10);

    @BeforeEach
    void demo() {
        new DemoDataService(data).load();
    }

    private long tripId(String titleStart) {
        return data.read(s -> s.dsl().select(TRIP.ID).from(TRIP).where(TRIP.TITLE.startsWith(titleStart))
                .fetchSingle(TRIP.ID));
    }

    @Test
    void theTripReportNamesEachCounterpartsPostOnTheMeetingDate() {
        TripReportData report = data.read(s -> s.tripReports().tripReport(tripId("Dushanbe"))).orElseThrow();

        MeetingData withNoziri = report.meetings().stream()
                .filter(m -> m.title().contains("Khusrav Noziri")).findFirst().orElseThrow();
        PersonData noziri = withNoziri.attendees(Side.THEIRS).get(0);
        assertThat(noziri.postOn(withNoziri.date())).hasValueSatisfying(p -> {
            assertThat(p.title()).isEqualTo("Secretary General");
            assertThat(p.organisation()).isEqualTo("Economic Cooperation Organization");
        });
        // The reports see him in post on 16 May 2024 and give no term: nothing is made up around that day.
        assertThat(noziri.postOn(withNoziri.date())).map(p -> p.post().heldOn()).contains(LocalDate.of(2024, 5, 16));
        assertThat(report.trip().delegation()).extracting(m -> m.person().fullName()).containsExactly("Kamran Aliyev");
        assertThat(report.documents()).extracting(DocumentData::title).isNotEmpty();
        assertThat(report.invitations()).extracting(InvitationData::inviteePerson).contains("Mohammad Movahedi-Azad");
    }

    @Test
    void theBriefingHoldsTheHistoryWithIransOfficeAndThePendingInvitation() {
        BriefingData briefing = data.read(s -> s.briefings().forTrip(tripId("Dushanbe"), Set.of(), TODAY))
                .orElseThrow();

        assertThat(briefing.counterparts()).extracting(p -> p.person().fullName())
                .contains("Mohammad Movahedi-Azad", "Yusuf Rahmon", "Khusrav Noziri", "Rashideen Nawaz Kasuri");
        assertThat(briefing.history().items()).extracting(MeetingData::title)
                .contains("Meeting with Mohammad Movahedi-Azad, Prosecutor General of Iran");
        assertThat(briefing.pendingInvitations()).extracting(InvitationData::inviteePerson)
                .contains("Mohammad Movahedi-Azad");
        assertThat(briefing.history().items()).extracting(MeetingData::date).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void anAdHocBriefingOfACounterpartNeverMetHasNoHistoryWithThem() {
        long stranger = data.write(s -> s.persons().insert(Person.builder(Side.THEIRS, "Ərəstun Qəhrəmanov")
                .build())).id();

        BriefingData briefing = data.read(s -> s.briefings().adHoc("NO", TODAY, TODAY.plusDays(2),
                List.of(stranger), TODAY));

        assertThat(briefing.counterparts()).extracting(p -> p.person().fullName())
                .containsExactly("Ərəstun Qəhrəmanov");
        assertThat(briefing.history().items()).isEmpty();
        assertThat(briefing.programme()).isEmpty();
    }

    @Test
    void readingATripReportTakesTheSameNumberOfStatementsForTwoOrFortyMeetings() {
        long small = tripWithMeetings(2);
        long large = tripWithMeetings(40);

        int forSmall = QueryCounter.statementsOf(database, s -> s.tripReports().tripReport(small));
        int forLarge = QueryCounter.statementsOf(database, s -> s.tripReports().tripReport(large));

        assertThat(forLarge).isEqualTo(forSmall).isLessThanOrEqualTo(6);
    }

    @Test
    void readingABriefingTakesTheSameNumberOfStatementsForTwoOrFortyMeetings() {
        long small = tripWithMeetings(2);
        long large = tripWithMeetings(40);

        int forSmall = QueryCounter.statementsOf(database, s -> s.briefings().forTrip(small, Set.of(), TODAY));
        int forLarge = QueryCounter.statementsOf(database, s -> s.briefings().forTrip(large, Set.of(), TODAY));

        assertThat(forLarge).isEqualTo(forSmall).isLessThanOrEqualTo(9);
    }

    @Test
    void aLongHistoryWithTheCountryIsReadAsItsNewestMeetingsWithEachCounterpartsLastAndCountedInFull() {
        int countryMeetings = BriefingQueries.RECENT_MEETINGS + 25;
        long metLongAgo = data.write(s -> {
            long ours = s.persons().insert(Person.builder(Side.OURS, "Our Officer").build()).id();
            long theirs = s.persons().insert(Person.builder(Side.THEIRS, "Ola Nordmann").countryCode("NO").build())
                    .id();
            s.meetings().insert(norway("Met long ago", LocalDate.of(2000, 1, 5), List.of(ours, theirs)));
            for (int i = 0; i < countryMeetings; i++) {
                s.meetings().insert(norway("In Norway " + i, LocalDate.of(2020, 1, 1).plusWeeks(i), List.of(ours)));
            }
            return theirs;
        });

        BriefingData briefing = data.read(s -> s.briefings().adHoc("NO", TODAY, TODAY.plusDays(2),
                List.of(metLongAgo), TODAY));

        assertThat(briefing.history().total()).isEqualTo(countryMeetings + 1);
        assertThat(briefing.history().items()).hasSize(BriefingQueries.RECENT_MEETINGS + 1);
        assertThat(briefing.history().items().get(0).title()).isEqualTo("In Norway " + (countryMeetings - 1));
        assertThat(briefing.history().items()).last().extracting(MeetingData::title).isEqualTo("Met long ago");
    }

    @Test
    void openCommitmentsAndDocumentsOfTheHistoryAreListedThoughTheCounterpartWasNeverThere() {
        long counterpart = data.write(s -> {
            long ours = s.persons().insert(Person.builder(Side.OURS, "Our Officer").build()).id();
            long theirs = s.persons().insert(Person.builder(Side.THEIRS, "Ola Nordmann").countryCode("NO").build())
                    .id();
            long colleague = s.persons().insert(Person.builder(Side.THEIRS, "Kari Nordmann").countryCode("NO")
                    .build()).id();
            long inOslo = s.meetings().insert(norway("In Oslo", LocalDate.of(2024, 3, 1), List.of(ours))).id();
            long inStockholm = s.meetings().insert(new Meeting(null, MeetingKind.BILATERAL, "With Kari in Stockholm",
                    LocalDate.of(2024, 4, 1), null, null, ZoneId.of("Europe/Stockholm"), null, "Stockholm", "SE",
                    null, null, null, List.of(ours, colleague), List.of(), List.of())).id();
            long unrelated = s.meetings().insert(new Meeting(null, MeetingKind.BILATERAL, "Swedes only",
                    LocalDate.of(2024, 5, 1), null, null, ZoneId.of("Europe/Stockholm"), null, "Stockholm", "SE",
                    null, null, null, List.of(ours), List.of(), List.of())).id();
            for (long meeting : List.of(inOslo, inStockholm, unrelated)) {
                String title = s.meetings().find(meeting).orElseThrow().title();
                s.followUps().insert(new FollowUp(null, "Owed after " + title, Party.US, null, null, null,
                        FollowUpStatus.OPEN, meeting));
                s.documents().insert(new Document(null, DocumentKind.DECLARATION, "Signed: " + title,
                        DocumentStatus.SIGNED, LocalDate.of(2024, 6, 1), null, null, null, meeting, null, null,
                        List.of(new DocumentParty(null, null, "The parties"))));
            }
            return theirs;
        });

        BriefingData briefing = data.read(s -> s.briefings().adHoc("NO", TODAY, TODAY.plusDays(2),
                List.of(counterpart), TODAY));

        assertThat(briefing.openFollowUps().items()).extracting(FollowUpData::meetingTitle)
                .containsExactlyInAnyOrder("In Oslo", "With Kari in Stockholm");
        assertThat(briefing.documentsInForce().items()).extracting(DocumentData::title)
                .containsExactlyInAnyOrder("Signed: In Oslo", "Signed: With Kari in Stockholm");
    }

    private static Meeting norway(String title, LocalDate day, List<Long> present) {
        return new Meeting(null, MeetingKind.BILATERAL, title, day, null, null, ZoneId.of("Europe/Oslo"), null, "Oslo",
                "NO", null, null, null, present, List.of(), List.of());
    }

    /** A trip with {@code meetings} meetings, each with two new counterparts holding a post. */
    private long tripWithMeetings(int meetings) {
        return data.write(s -> {
            LocalDate day = LocalDate.of(2025, 3, 1);
            long head = s.persons().insert(Person.builder(Side.OURS, "Head " + meetings).build()).id();
            long trip = s.trips().insert(new Trip(null, "Trip of " + meetings, null, null, day, day.plusDays(3),
                    TripStatus.COMPLETED, null, List.of(), List.of(new DelegationMember(head, null)), List.of())).id();
            for (int i = 0; i < meetings; i++) {
                List<Long> present = new ArrayList<>(List.of(head));
                for (int j = 0; j < 2; j++) {
                    present.add(s.persons().insert(Person.builder(Side.THEIRS, "Person " + meetings + "-" + i + "-" + j)
                            .posts(List.of(new Post(null, "Minister", null, null))).build()).id());
                }
                s.meetings().insert(new Meeting(null, MeetingKind.BILATERAL, "Meeting " + i, day.plusDays(i % 3),
                        null, null, ZoneId.of("UTC"), null, null, null, trip, null, "Summary", present,
                        List.of("topic " + i), List.of()));
            }
            return trip;
        });
    }
}
