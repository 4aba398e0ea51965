package org.protocoldesk.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.protocoldesk.model.Trip;
import org.protocoldesk.model.TripSummary;
import org.protocoldesk.store.DataStore;

/** The journeys of our delegation. Methods block: call them through the {@link TaskRunner}. */
public final class TripService {
    private final DataStore data;

    public TripService(DataStore data) {
        this.data = data;
    }

    public List<TripSummary> summaries() {
        return data.read(s -> s.trips().summaries());
    }

    public Optional<Trip> find(long id) {
        return data.read(s -> s.trips().find(id));
    }

    public Trip add(Trip trip) {
        return data.write(s -> s.trips().insert(trip));
    }

    /** The trips starting from {@code today} to {@code days} days later, both included, the soonest first. */
    public List<TripSummary> upcoming(LocalDate today, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative, was " + days);
        }
        return data.read(s -> s.trips().startingBetween(today, today.plusDays(days)));
    }
}
