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

    /**
     * The trips a command line names: the one with that id if the text is a number and such a trip exists, else
     * those whose title is exactly the text. More than one means the name is ambiguous.
     */
    public List<TripSummary> named(String idOrExactTitle) {
        String text = idOrExactTitle.strip();
        List<TripSummary> all = summaries();
        if (text.matches("\\d{1,18}")) {
            long id = Long.parseLong(text);
            List<TripSummary> byId = all.stream().filter(t -> t.id() == id).toList();
            if (!byId.isEmpty()) {
                return byId;
            }
        }
        return all.stream().filter(t -> t.title().equals(text)).toList();
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
