package org.protocoldesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.protocoldesk.store.generated.Tables.MEETING;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jooq.Configuration;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.conf.ParamType;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protocoldesk.model.Country;
import org.protocoldesk.model.Meeting;
import org.protocoldesk.model.MeetingKind;
import org.protocoldesk.model.MeetingSummary;
import org.protocoldesk.model.Outcome;
import org.protocoldesk.model.OutcomeKind;
import org.protocoldesk.model.Page;
import org.protocoldesk.model.Side;

class MeetingStoreTest extends StoreTestSupport {
    private static final ZoneId DUSHANBE = ZoneId.of("Asia/Dushanbe");
    private static final LocalDate MAY_16 = LocalDate.of(2024, 5, 16);
    private static final String ECO_MEETING =
            "5th Meeting of the Attorneys/Prosecutors General of the ECO Member States";

    private long aliyev;
    private long rahmon;
    private long movahediAzad;
    private long eventId;
    private long tripId;

    @BeforeEach
    void referencedRows() {
        data.writeAll(s -> {
            s.countries().save(new Country("TJ", "Tajikistan"));
            s.countries().save(new Country("GB", "United Kingdom"));
            aliyev = ReferencedRows.person(s, Side.OURS, "Kamran Aliyev");
            rahmon = ReferencedRows.person(s, Side.THEIRS, "Yusuf Rahmon");
            movahediAzad = ReferencedRows.person(s, Side.THEIRS, "Mohammad Movahedi-Azad");
            eventId = ReferencedRows.event(s, ECO_MEETING, MAY_16, MAY_16);
            tripId = ReferencedRows.trip(s, "Working visit to Dushanbe", MAY_16, LocalDate.of(2024, 5, 18));
        });
    }

    @Test
    void everyFieldSurvivesARoundTrip() {
        Meeting written = new Meeting(null, MeetingKind.SIDELINE, "Meeting with Iran’s Prosecutor General", MAY_16,
                LocalTime.of(10, 30), LocalTime.of(11, 15), DUSHANBE, "Conference hall «B»", "Dushanbe", "TJ",
                tripId, eventId, "Both parties praised the momentum of relations — Nowruz greetings, Movahedi-Azad.",
                List.of(aliyev, movahediAzad), List.of("Bilateral relations", "Official visit"),
                List.of(new Outcome(OutcomeKind.INVITATION, "Invited for an official visit to Azerbaijan"),
                        new Outcome(OutcomeKind.INFORMATION_EXCHANGED, "Restoration of the liberated territories")));
        Meeting stored = data.write(s -> s.meetings().insert(written));
        assertThat(stored.id()).isNotNull();
        assertThat(data.read((Stores s) -> s.meetings().find(stored.id()))).contains(stored);
    }

    @Test
    void aMeetingKeepsTheLocalTimeAndZoneOfThePlace() {
        Meeting stored = data.write(s -> s.meetings().insert(meeting(MAY_16, LocalTime.of(10, 30))));
        Meeting found = data.read((Stores s) -> s.meetings().find(stored.id())).orElseThrow();
        assertThat(found.startTime()).isEqualTo(LocalTime.of(10, 30));
        assertThat(found.zone()).isEqualTo(DUSHANBE);
        assertThat(found.start()).contains(ZonedDateTime.of(MAY_16, LocalTime.of(10, 30), DUSHANBE));
    }

    @Test
    void timesAreStoredAsLocalHoursAndMinutesBesideTheZoneId() {
        Meeting stored = data.write(s -> s.meetings().insert(new Meeting(null, MeetingKind.BILATERAL, null, MAY_16,
                LocalTime.of(9, 5), LocalTime.of(10, 0), DUSHANBE, null, null, null, null, null, null,
                List.of(), List.of(), List.of())));
        var row = data.read(s -> s.dsl().select(MEETING.START_TIME.coerce(String.class),
                        MEETING.END_TIME.coerce(String.class), MEETING.TIME_ZONE.coerce(String.class))
                .from(MEETING).where(MEETING.ID.eq(stored.id())).fetchSingle());
        assertThat(row.value1()).isEqualTo("09:05");
        assertThat(row.value2()).isEqualTo("10:00");
        assertThat(row.value3()).isEqualTo("Asia/Dushanbe");
    }

    @Test
    void aMeetingWithUnknownTimesAndNoLinksSurvivesARoundTrip() {
        Meeting written = new Meeting(null, MeetingKind.COURTESY_CALL, null, MAY_16, null, null, DUSHANBE, null, null,
                null, null, null, null, List.of(), List.of(), List.of());
        Meeting stored = data.write(s -> s.meetings().insert(written));
        assertThat(data.read((Stores s) -> s.meetings().find(stored.id()))).contains(stored);
    }

    @Test
    void outcomesKeepTheOrderTheyWereGivenIn() {
        List<Outcome> outcomes = List.of(new Outcome(OutcomeKind.REQUEST, "Transfer of wanted persons"),
                new Outcome(OutcomeKind.AGREEMENT, "Joint actions and close cooperation"),
                new Outcome(OutcomeKind.DECISION, "Contact points to be named"));
        Meeting stored = data.write(s -> s.meetings().insert(new Meeting(null, MeetingKind.BILATERAL, null, MAY_16,
                null, null, DUSHANBE, null, null, null, null, null, null, List.of(), List.of(), outcomes)));
        assertThat(data.read((Stores s) -> s.meetings().find(stored.id())).orElseThrow().outcomes())
                .containsExactlyElementsOf(outcomes);
    }

    @Test
    void anUpdateChangesTheFieldsAndReplacesAttendeesTopicsAndOutcomes() {
        Meeting stored = data.write(s -> s.meetings().insert(new Meeting(null, MeetingKind.SIDELINE, "First draft",
                MAY_16, LocalTime.of(10, 30), null, DUSHANBE, null, null, null, null, null, null,
                List.of(aliyev, rahmon), List.of("Mutual legal assistance", "Multilateral cooperation"),
                List.of(new Outcome(OutcomeKind.AGREEMENT, "To be replaced")))));
        Meeting changed = new Meeting(stored.id(), MeetingKind.BILATERAL, "Meeting with Mohammad Movahedi-Azad",
                MAY_16.plusDays(1), LocalTime.of(15, 0), LocalTime.of(15, 45), DUSHANBE, "Hotel", "Dushanbe", "TJ",
                tripId, eventId, "Revised", List.of(movahediAzad), List.of("Official visit"),
                List.of(new Outcome(OutcomeKind.INVITATION, "Official visit to Azerbaijan")));
        data.writeAll(s -> s.meetings().update(changed));
        assertThat(data.read((Stores s) -> s.meetings().find(stored.id()))).contains(changed);
    }

    @Test
    void topicNamesDifferingOnlyInCaseShareOneTopic() {
        data.writeAll(s -> s.meetings().insert(meetingWithTopics("Mutual legal assistance")));
        Meeting second = data.write(s -> s.meetings().insert(meetingWithTopics("MUTUAL LEGAL ASSISTANCE")));
        assertThat(count("topic")).isEqualTo(1);
        assertThat(data.read((Stores s) -> s.meetings().find(second.id())).orElseThrow().topics())
                .containsExactly("Mutual legal assistance");
    }

    @Test
    void oneMeetingNamingATopicTwiceInDifferentCaseLinksItOnce() {
        Meeting stored = data.write(s -> s.meetings().insert(meetingWithTopics("Extradition", "extradition")));
        assertThat(data.read((Stores s) -> s.meetings().find(stored.id())).orElseThrow().topics())
                .containsExactly("Extradition");
    }

    @Test
    void deletingAMeetingRemovesItWithItsAttendeesTopicLinksAndOutcomes() {
        Meeting stored = data.write(s -> s.meetings().insert(new Meeting(null, MeetingKind.SIDELINE, null, MAY_16,
                null, null, DUSHANBE, null, null, null, null, null, null, List.of(rahmon), List.of("Extradition"),
                List.of(new Outcome(OutcomeKind.AGREEMENT, "Agreed")))));
        data.writeAll(s -> s.meetings().delete(stored.id()));
        assertThat(data.read((Stores s) -> s.meetings().find(stored.id()))).isEmpty();
        assertThat(count("meeting_attendee") + count("meeting_topic") + count("outcome")).isZero();
        assertThat(count("topic")).isEqualTo(1);
    }

    @Test
    void countIsTheNumberOfMeetings() {
        data.writeAll(s -> {
            s.meetings().insert(meeting(MAY_16, null));
            s.meetings().insert(meeting(MAY_16, null));
        });
        assertThat(data.read((Stores s) -> s.meetings().count())).isEqualTo(2);
    }

    @Test
    void anUnknownAttendeeIsRefusedAndNothingIsStored() {
        assertThatThrownBy(() -> data.write(s -> s.meetings().insert(new Meeting(null, MeetingKind.SIDELINE, null,
                MAY_16, null, null, DUSHANBE, null, null, null, null, null, null, List.of(rahmon, 999L),
                List.of("Extradition"), List.of()))))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("FOREIGN KEY");
        assertThat(count("meeting") + count("meeting_attendee") + count("topic")).isZero();
    }

    @Test
    void anUnknownTripIsRefusedAndNothingIsStored() {
        assertThatThrownBy(() -> data.write(s -> s.meetings().insert(new Meeting(null, MeetingKind.SIDELINE, null,
                MAY_16, null, null, DUSHANBE, null, null, null, 999L, null, null, List.of(), List.of(), List.of()))))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("FOREIGN KEY");
        assertThat(count("meeting")).isZero();
    }

    @Test
    void aFailedUpdateLeavesTheStoredMeetingAsItWas() {
        Meeting stored = data.write(s -> s.meetings().insert(new Meeting(null, MeetingKind.SIDELINE, "Kept", MAY_16,
                null, null, DUSHANBE, null, null, null, null, null, null, List.of(rahmon), List.of("Extradition"),
                List.of(new Outcome(OutcomeKind.AGREEMENT, "Agreed")))));
        Meeting broken = new Meeting(stored.id(), MeetingKind.SIDELINE, "Lost", MAY_16, null, null, DUSHANBE, null,
                null, null, null, null, null, List.of(999L), List.of(), List.of());
        assertThatThrownBy(() -> data.writeAll(s -> s.meetings().update(broken)))
                .isInstanceOf(DataAccessException.class);
        assertThat(data.read((Stores s) -> s.meetings().find(stored.id()))).contains(stored);
    }

    @Test
    void theDatabaseRefusesAnOutcomeOfAnUnknownMeeting() {
        assertThatThrownBy(() -> data.writeAll(s -> s.dsl().execute(
                "INSERT INTO outcome (meeting_id, position, kind, text) VALUES (999, 1, 'agreement', 'x')")))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("FOREIGN KEY");
        assertThat(count("outcome")).isZero();
    }

    @Test
    void theDatabaseRefusesAnEndTimeBeforeTheStartTime() {
        assertThatThrownBy(() -> data.writeAll(s -> s.dsl().execute(
                "INSERT INTO meeting (kind, local_date, start_time, end_time, time_zone) "
                        + "VALUES ('bilateral', '2024-05-16', '11:00', '10:30', 'Asia/Dushanbe')")))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("CHECK");
        assertThat(count("meeting")).isZero();
    }

    @Test
    void theDatabaseRefusesAKindOutsideTheList() {
        assertThatThrownBy(() -> data.writeAll(s -> s.dsl().execute(
                "INSERT INTO meeting (kind, local_date, time_zone) VALUES ('dinner', '2024-05-16', 'Asia/Dushanbe')")))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("CHECK");
        assertThat(count("meeting")).isZero();
    }

    @Test
    void latestListsTheNewestFirstByLocalDateAndStartTime() {
        List<Long> ids = data.write(s -> List.of(
                s.meetings().insert(meeting(MAY_16, LocalTime.of(9, 0))).id(),
                s.meetings().insert(meeting(MAY_16.plusDays(1), LocalTime.of(8, 0))).id(),
                s.meetings().insert(meeting(MAY_16, LocalTime.of(16, 30))).id(),
                s.meetings().insert(meeting(MAY_16.minusDays(1), LocalTime.of(18, 0))).id()));
        assertThat(data.read((Stores s) -> s.meetings().latest(10))).extracting(MeetingSummary::id)
                .containsExactly(ids.get(1), ids.get(2), ids.get(0), ids.get(3));
    }

    @Test
    void latestStopsAtTheLimit() {
        data.writeAll(s -> {
            for (int day = 1; day <= 5; day++) {
                s.meetings().insert(meeting(LocalDate.of(2024, 5, day), null));
            }
        });
        assertThat(data.read((Stores s) -> s.meetings().latest(3))).extracting(MeetingSummary::date)
                .containsExactly(LocalDate.of(2024, 5, 5), LocalDate.of(2024, 5, 4), LocalDate.of(2024, 5, 3));
    }

    @Test
    void thePagesOfTheLatestMeetingsFollowOneAnotherWithoutGapOrRepeat() {
        data.writeAll(s -> {
            for (int day = 1; day <= 7; day++) {
                s.meetings().insert(meeting(LocalDate.of(2024, 5, day), LocalTime.of(9, 0)));
                s.meetings().insert(meeting(LocalDate.of(2024, 5, day), LocalTime.of(15, 0)));
            }
        });
        List<MeetingSummary> all = data.read((Stores s) -> s.meetings().latest(Page.ALL));
        List<MeetingSummary> first = data.read((Stores s) -> s.meetings().latest(Page.first(5)));
        List<MeetingSummary> rest = data.read((Stores s) -> s.meetings().latest(Page.after(5)));

        assertThat(all).hasSize(14);
        assertThat(first).containsExactlyElementsOf(all.subList(0, 5));
        assertThat(rest).containsExactlyElementsOf(all.subList(5, 14));
        assertThat(data.read((Stores s) -> s.meetings().latest(Page.after(5).within(8))))
                .containsExactlyElementsOf(all.subList(5, 8));
    }

    @Test
    void aSummaryCarriesTheMeetingItsEventCountryAndTopics() {
        Meeting stored = data.write(s -> s.meetings().insert(new Meeting(null, MeetingKind.SIDELINE,
                "Meeting with Yusuf Rahmon", MAY_16, LocalTime.of(10, 30), null, DUSHANBE, null, "Dushanbe", "TJ",
                tripId, eventId, null, List.of(aliyev, rahmon),
                List.of("Multilateral cooperation", "Mutual legal assistance"), List.of())));
        assertThat(data.read((Stores s) -> s.meetings().latest(1))).containsExactly(new MeetingSummary(stored.id(),
                MAY_16, LocalTime.of(10, 30), DUSHANBE, MeetingKind.SIDELINE, "Meeting with Yusuf Rahmon",
                List.of("Yusuf Rahmon"), ECO_MEETING, "Dushanbe", "Tajikistan",
                List.of("Multilateral cooperation", "Mutual legal assistance")));
    }

    @Test
    void aSummaryNamesTheCounterpartsMetInNameOrderAndLeavesOutOurOwnPeople() {
        data.writeAll(s -> s.meetings().insert(new Meeting(null, MeetingKind.SIDELINE, null, MAY_16, null, null,
                DUSHANBE, null, null, null, null, null, null, List.of(rahmon, aliyev, movahediAzad), List.of(),
                List.of())));
        assertThat(data.read((Stores s) -> s.meetings().latest(1)).get(0).counterparts())
                .containsExactly("Mohammad Movahedi-Azad", "Yusuf Rahmon");
    }

    @Test
    void aSummaryOfAMeetingWithNoCounterpartsOrEventHasEmptyCounterpartsAndNoEventName() {
        data.writeAll(s -> s.meetings().insert(new Meeting(null, MeetingKind.BILATERAL, null, MAY_16, null, null,
                DUSHANBE, null, null, null, null, null, null, List.of(aliyev), List.of(), List.of())));
        MeetingSummary summary = data.read((Stores s) -> s.meetings().latest(1)).get(0);
        assertThat(summary.counterparts()).isEmpty();
        assertThat(summary.eventName()).isNull();
        assertThat(summary.topics()).isEmpty();
    }

    @Test
    void latestTakesAsManyQueriesForManyMeetingsAsForOne() {
        data.writeAll(s -> s.meetings().insert(meetingWithCounterpartsAndTopics(null)));
        int forOne = statementsDuring(s -> s.meetings().latest(50)).size();
        data.writeAll(s -> {
            for (int i = 0; i < 40; i++) {
                s.meetings().insert(meetingWithCounterpartsAndTopics(LocalTime.of(8, i)));
            }
        });
        assertThat(statementsDuring(s -> s.meetings().latest(50))).hasSize(forOne).hasSizeLessThanOrEqualTo(3);
    }

    @Test
    void betweenListsTheMeetingsOfBothEndDaysAndNoneOutsideInDateOrder() {
        LocalDate from = LocalDate.of(2023, 9, 14);
        LocalDate to = LocalDate.of(2023, 9, 16);
        data.writeAll(s -> {
            s.meetings().insert(meeting(to.plusDays(1), null));
            s.meetings().insert(meeting(to, LocalTime.of(9, 0)));
            s.meetings().insert(meeting(from, LocalTime.of(17, 0)));
            s.meetings().insert(meeting(from, LocalTime.of(11, 0)));
            s.meetings().insert(meeting(from.minusDays(1), null));
        });
        assertThat(data.read((Stores s) -> s.meetings().between(from, to)))
                .extracting(MeetingSummary::date, MeetingSummary::startTime)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(from, LocalTime.of(11, 0)),
                        org.assertj.core.groups.Tuple.tuple(from, LocalTime.of(17, 0)),
                        org.assertj.core.groups.Tuple.tuple(to, LocalTime.of(9, 0)));
    }

    private Meeting meeting(LocalDate date, LocalTime start) {
        return new Meeting(null, MeetingKind.SIDELINE, null, date, start, null, DUSHANBE, null, null, null, null, null,
                null, List.of(), List.of(), List.of());
    }

    private Meeting meetingWithCounterpartsAndTopics(LocalTime start) {
        return new Meeting(null, MeetingKind.SIDELINE, null, MAY_16, start, null, DUSHANBE, null, "Dushanbe", "TJ",
                null, eventId, null, List.of(rahmon, movahediAzad), List.of("Extradition", "Cybercrime"), List.of());
    }

    private Meeting meetingWithTopics(String... topics) {
        return new Meeting(null, MeetingKind.SIDELINE, null, MAY_16, null, null, DUSHANBE, null, null, null, null,
                null, null, List.of(), List.of(topics), List.of());
    }

    /** The SQL statements, values inlined, that {@code work} runs in one read transaction. */
    private List<String> statementsDuring(Consumer<Stores> work) {
        List<String> statements = new ArrayList<>();
        Configuration recording = database.configuration().derive();
        recording.setAppending(new ExecuteListener() {
            @Override
            public void executeStart(ExecuteContext ctx) {
                statements.add(ctx.query().getSQL(ParamType.INLINED));
            }
        });
        new DataStore(recording).read(s -> {
            work.accept(s);
            return null;
        });
        return statements;
    }
}
