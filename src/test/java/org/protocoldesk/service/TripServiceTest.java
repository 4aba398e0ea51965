package org.protocoldesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protocoldesk.model.Place;
import org.protocoldesk.model.Country;
import org.protocoldesk.model.DelegationMember;
import org.protocoldesk.model.Destination;
import org.protocoldesk.model.Person;
import org.protocoldesk.model.Side;
import org.protocoldesk.model.Trip;
import org.protocoldesk.model.TripStatus;
import org.protocoldesk.model.TripSummary;
import org.protocoldesk.store.StoreTestSupport;

class TripServiceTest extends StoreTestSupport {
    private static final LocalDate TODAY = LocalDate.of(2024, 5, 10);

    private TripService trips;
    private long head;

    @BeforeEach
    void service() {
        trips = new TripService(data);
        data.writeAll(s -> s.countries().save(new Country("TJ", "Tajikistan")));
        head = new CounterpartService(data).add(Person.builder(Side.OURS, "Kamran Əliyev").build()).id();
    }

    @Test
    void anAddedTripIsSummarisedAndFound() {
        Trip added = trips.add(trip("Dushanbe", LocalDate.of(2024, 5, 15)));

        assertThat(trips.summaries()).containsExactly(new TripSummary(added.id(), "Dushanbe",
                LocalDate.of(2024, 5, 15), LocalDate.of(2024, 5, 18), TripStatus.PLANNED, List.of(new Place("Dushanbe", "Tajikistan")),
                "Kamran Əliyev", 0));
        assertThat(trips.find(added.id())).contains(added);
    }

    @Test
    void upcomingListsTheTripsStartingFromTodayWithinTheGivenDays() {
        trips.add(trip("yesterday", TODAY.minusDays(1)));
        trips.add(trip("in a week", TODAY.plusDays(7)));
        trips.add(trip("today", TODAY));
        trips.add(trip("in eight days", TODAY.plusDays(8)));

        assertThat(trips.upcoming(TODAY, 7)).extracting(TripSummary::title).containsExactly("today", "in a week");
    }

    @Test
    void upcomingRefusesANegativeNumberOfDays() {
        assertThatThrownBy(() -> trips.upcoming(TODAY, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    private Trip trip(String title, LocalDate start) {
        return new Trip(null, title, null, null, start, start.plusDays(3), TripStatus.PLANNED, null,
                List.of(new Destination("Dushanbe", "TJ")), List.of(new DelegationMember(head, null)), List.of());
    }
}
