package org.protocoldesk.store;

import java.time.LocalDate;
import org.protocoldesk.model.DatePrecision;
import java.util.List;
import org.protocoldesk.model.TripStatus;

/** A trip with its destinations ("Dushanbe", "Tajikistan"), delegation in order of precedence and events attended. */
public record TripData(long id, String title, String purpose, String objectives, LocalDate startDate,
                       LocalDate endDate, TripStatus status, List<Place> destinations, List<Member> delegation,
                       List<EventData> events, DatePrecision datePrecision) {
    public TripData {
        destinations = List.copyOf(destinations);
        delegation = List.copyOf(delegation);
        events = List.copyOf(events);
    }

    public record Place(String city, String countryCode, String country) {
    }

    public record Member(PersonData person, String role) {
    }
}
