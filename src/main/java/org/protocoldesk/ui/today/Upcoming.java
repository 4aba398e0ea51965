package org.protocoldesk.ui.today;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.protocoldesk.model.Event;
import org.protocoldesk.model.TripSummary;

/** A trip or an event in the days ahead: Today lists both together, the soonest first. */
record Upcoming(String kind, String title, LocalDate start, LocalDate end, String place) {

    static List<Upcoming> of(List<TripSummary> trips, List<Event> events) {
        return Stream.concat(
                        trips.stream().map(t -> new Upcoming("Trip", t.title(), t.startDate(), t.endDate(), t.destinations())),
                        events.stream().map(e -> new Upcoming("Event", e.name(), e.startDate(), e.endDate(), e.city())))
                .sorted(Comparator.comparing(Upcoming::start).thenComparing(Upcoming::title))
                .toList();
    }
}
