package org.protocoldesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.protocoldesk.store.generated.Tables.MEETING;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protocoldesk.model.Place;
import org.protocoldesk.model.Country;
import org.protocoldesk.model.DelegationMember;
import org.protocoldesk.model.Destination;
import org.protocoldesk.model.Event;
import org.protocoldesk.model.MeetingKind;
import org.protocoldesk.model.Person;
import org.protocoldesk.model.Side;
import org.protocoldesk.model.Trip;
import org.protocoldesk.model.TripStatus;
import org.protocoldesk.model.TripSummary;

class TripStoreTest extends StoreTestSupport {
    private static final LocalDate MAY_15 = LocalDate.of(2024, 5, 15);
    private static final LocalDate MAY_18 = LocalDate.of(2024, 5, 18);

    private long aliyev;
    private long hasanov;
    private long mammadova;
    private long ecoMeeting;
    private long turkicCouncilMeeting;

    @BeforeEach
    void countriesPeopleAndEvents() {
        data.writeAll(s -> {
            s.countries().save(new Country("TJ", "Tajikistan"));
            s.countries().save(new Country("KG", "Kyrgyzstan"));
            s.countries().save(new Country("GB", "United Kingdom"));
            aliyev = s.persons().insert(Person.builder(Side.OURS, "Kamran Əliyev").build()).id();
            hasanov = s.persons().insert(Person.builder(Side.OURS, "Əli Həsənov").build()).id();
            mammadova = s.persons().insert(Person.builder(Side.OURS, "Günay Məmmədova").build()).id();
            turkicCouncilMeeting = s.events().insert(new Event(null, "Meeting of the Prosecutors General of the "
                    + "Turkic Council", null, null, "Dushanbe", "TJ", null, MAY_15, MAY_18, null, null, null)).id();
            ecoMeeting = s.events().insert(new Event(null, "5th Meeting of the Attorneys/Prosecutors General of the "
                    + "ECO Member States", null, 5, "Dushanbe", "TJ", null, LocalDate.of(2024, 5, 16),
                    LocalDate.of(2024, 5, 16), "Asia/Dushanbe", null, null)).id();
        });
    }

    @Test
    void everyFieldSurvivesARoundTrip() {
        Trip written = new Trip(null, "Working visit to Dushanbe — ECO Prosecutors General",
                "Attend the 5th Meeting of the Attorneys/Prosecutors General of the ECO Member States",
                "Meet the Prosecutors General of Tajikistan and Iran; invite the Iranian colleague to Azərbaycan",
                MAY_15, MAY_18, TripStatus.COMPLETED, "Nowruz greetings not in season; Türkiye attended",
                List.of(new Destination("Dushanbe", "TJ"), new Destination("Hisor", null)),
                List.of(new DelegationMember(aliyev, "Head of delegation"), new DelegationMember(mammadova, null),
                        new DelegationMember(hasanov, "Protocol officer")),
                List.of(turkicCouncilMeeting, ecoMeeting));

        Trip stored = data.write(s -> s.trips().insert(written));

        assertThat(stored.id()).isNotNull();
        assertThat(data.read((Stores s) -> s.trips().find(stored.id()))).contains(stored);
    }

    @Test
    void eventsAttendedComeBackByStartDate() {
        Trip stored = data.write(s -> s.trips().insert(new Trip(null, "Dushanbe", null, null, MAY_15, MAY_18,
                TripStatus.PLANNED, null, List.of(), List.of(), List.of(ecoMeeting, turkicCouncilMeeting))));
        assertThat(data.read((Stores s) -> s.trips().find(stored.id())).orElseThrow().eventIds())
                .containsExactly(turkicCouncilMeeting, ecoMeeting);
    }

    @Test
    void anUpdateReplacesDestinationsDelegationAndEvents() {
        Trip stored = data.write(s -> s.trips().insert(new Trip(null, "Dushanbe", null, null, MAY_15, MAY_18,
                TripStatus.PLANNED, null, List.of(new Destination("Dushanbe", "TJ")),
                List.of(new DelegationMember(aliyev, null), new DelegationMember(hasanov, null)),
                List.of(ecoMeeting))));
        Trip changed = new Trip(stored.id(), "Dushanbe and Bishkek", "purpose", null, MAY_15, MAY_18.plusDays(2),
                TripStatus.UNDER_WAY, null,
                List.of(new Destination("Bishkek", "KG"), new Destination("Dushanbe", "TJ")),
                List.of(new DelegationMember(hasanov, "Head of delegation")),
                List.of());

        data.writeAll(s -> s.trips().update(changed));

        assertThat(data.read((Stores s) -> s.trips().find(stored.id()))).contains(changed);
    }

    @Test
    void anUnknownPersonInTheDelegationIsRefusedAndNothingIsStored() {
        assertThatThrownBy(() -> data.write(s -> s.trips().insert(new Trip(null, "Dushanbe", null, null, MAY_15,
                MAY_18, TripStatus.PLANNED, null, List.of(new Destination("Dushanbe", "TJ")),
                List.of(new DelegationMember(aliyev, null), new DelegationMember(9_999L, null)), List.of()))))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("FOREIGN KEY");
        assertThat(List.of(count("trip"), count("trip_destination"), count("trip_member"))).containsOnly(0);
    }

    @Test
    void anUnknownDestinationCountryIsRefusedAndNothingIsStored() {
        assertThatThrownBy(() -> data.write(s -> s.trips().insert(new Trip(null, "Nowhere", null, null, MAY_15,
                MAY_18, TripStatus.PLANNED, null, List.of(new Destination("Nowhere", "XX")), List.of(), List.of()))))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("FOREIGN KEY");
        assertThat(List.of(count("trip"), count("trip_destination"))).containsOnly(0);
    }

    @Test
    void theDatabaseRefusesATripEndingBeforeItStarts() {
        assertThatThrownBy(() -> data.writeAll(s -> s.dsl().execute(
                "INSERT INTO trip (title, start_date, end_date) VALUES ('X', '2024-05-18', '2024-05-15')")))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("CHECK");
        assertThat(count("trip")).isZero();
    }

    @Test
    void theDatabaseRefusesAStatusOutsideTheList() {
        assertThatThrownBy(() -> data.writeAll(s -> s.dsl().execute(
                "INSERT INTO trip (title, start_date, end_date, status) VALUES ('X', '2024-05-15', '2024-05-18', "
                        + "'cancelled')")))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("CHECK");
        assertThat(count("trip")).isZero();
    }

    @Test
    void summariesListTheLatestFirstWithDestinationsHeadOfDelegationAndMeetingCount() {
        long dushanbe = data.write(s -> s.trips().insert(new Trip(null, "Dushanbe", null, null, MAY_15, MAY_18,
                TripStatus.COMPLETED, null,
                List.of(new Destination("Dushanbe", "TJ"), new Destination("Bishkek", "KG"), new Destination("Hisor",
                        null)),
                List.of(new DelegationMember(aliyev, null), new DelegationMember(hasanov, null)), List.of()))).id();
        long london = data.write(s -> s.trips().insert(trip("London", LocalDate.of(2023, 9, 25),
                LocalDate.of(2023, 9, 28)))).id();
        addMeetings(dushanbe, 4);

        assertThat(data.read((Stores s) -> s.trips().summaries())).containsExactly(
                new TripSummary(dushanbe, "Dushanbe", MAY_15, MAY_18, TripStatus.COMPLETED,
                        List.of(new Place("Dushanbe", "Tajikistan"), new Place("Bishkek", "Kyrgyzstan"),
                                new Place("Hisor", null)), "Kamran Əliyev", 4),
                new TripSummary(london, "London", LocalDate.of(2023, 9, 25), LocalDate.of(2023, 9, 28),
                        TripStatus.PLANNED, List.of(), null, 0));
    }

    @Test
    void summariesTakeTheSameNumberOfQueriesWhateverTheNumberOfTrips() {
        data.writeAll(s -> s.trips().insert(trip("First", MAY_15, MAY_18)));
        int forOne = QueryCounter.statementsOf(database, s -> s.trips().summaries());
        data.writeAll(s -> {
            for (int i = 0; i < 5; i++) {
                s.trips().insert(new Trip(null, "Trip " + i, null, null, MAY_15, MAY_18, TripStatus.PLANNED, null,
                        List.of(new Destination("Dushanbe", "TJ")), List.of(new DelegationMember(aliyev, null)),
                        List.of()));
            }
        });
        assertThat(QueryCounter.statementsOf(database, s -> s.trips().summaries())).isEqualTo(forOne);
    }

    @Test
    void startingBetweenListsTheTripsStartingInTheRangeSoonestFirst() {
        data.writeAll(s -> {
            s.trips().insert(trip("under way already", MAY_15.minusDays(1), MAY_18));
            s.trips().insert(trip("last day", MAY_15.plusDays(7), MAY_18.plusDays(7)));
            s.trips().insert(trip("first day", MAY_15, MAY_18));
            s.trips().insert(trip("too late", MAY_15.plusDays(8), MAY_18.plusDays(8)));
        });
        assertThat(data.read((Stores s) -> s.trips().startingBetween(MAY_15, MAY_15.plusDays(7))))
                .extracting(TripSummary::title)
                .containsExactly("first day", "last day");
    }

    private void addMeetings(long tripId, int count) {
        data.writeAll(s -> {
            for (int i = 0; i < count; i++) {
                s.dsl().insertInto(MEETING, MEETING.KIND, MEETING.LOCAL_DATE, MEETING.TIME_ZONE, MEETING.TRIP_ID)
                        .values(MeetingKind.SIDELINE, LocalDate.of(2024, 5, 16), ZoneId.of("Asia/Dushanbe"), tripId)
                        .execute();
            }
        });
    }

    private static Trip trip(String title, LocalDate start, LocalDate end) {
        return new Trip(null, title, null, null, start, end, TripStatus.PLANNED, null, List.of(), List.of(), List.of());
    }
}
