package org.protocoldesk.ui.invitations;

import java.time.LocalDate;
import org.protocoldesk.model.EventSummary;
import org.protocoldesk.model.TripSummary;
import org.protocoldesk.ui.common.ApproximateDates;
import org.protocoldesk.ui.common.Dates;

/** A trip or an event that can fulfil an invitation, as the picker offers it: "Trip: Dushanbe, May 2024 (14–17 May 2024)". */
record Fulfilment(Long tripId, Long eventId, String text, LocalDate start) {
    static Fulfilment of(TripSummary trip) {
        return new Fulfilment(trip.id(), null, "Trip: " + trip.title() + " (" + Dates.range(trip.startDate(),
                trip.endDate()) + ")", trip.startDate());
    }

    static Fulfilment of(EventSummary summary) {
        return new Fulfilment(null, summary.event().id(), "Event: " + summary.event().name() + " ("
                + ApproximateDates.range(summary.event().start(), summary.event().end()) + ")",
                summary.event().startDate());
    }

    boolean is(Long trip, Long event) {
        return tripId != null ? tripId.equals(trip) : eventId.equals(event);
    }
}
