package org.protocoldesk.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.protocoldesk.model.ProgrammeItem;
import org.protocoldesk.model.Trip;
import org.protocoldesk.model.TripSummary;
import org.protocoldesk.model.RecordKind;
import org.protocoldesk.store.DataStore;

/** The journeys of our delegation. Methods block: call them through the {@link TaskRunner}. */
public final class TripService {
    private final DataStore data;
    private final DataChanges changes;

    /** A service whose writes nobody listens to (tests, the command line). */
    public TripService(DataStore data) {
        this(data, DataChanges.NONE);
    }

    public TripService(DataStore data, DataChanges changes) {
        this.data = data;
        this.changes = changes;
    }

    public List<TripSummary> summaries() {
        return data.read(s -> s.trips().summaries());
    }

    public Optional<Trip> find(long id) {
        return data.read(s -> s.trips().find(id));
    }

    /** The trip's programme: the events it attended and its meetings, day by day in local time. */
    public List<ProgrammeItem> programme(long tripId) {
        return data.read(s -> s.trips().programme(tripId));
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
        Trip stored = data.write(s -> s.trips().insert(trip));
        changes.changed(RecordKind.TRIP, stored.id());
        return stored;
    }

    /** Adds the trip when it has no id yet, else stores its changes; returns it as stored. */
    public Trip save(Trip trip) {
        if (trip.id() == null) {
            return add(trip);
        }
        data.writeAll(s -> s.trips().update(trip));
        changes.changed(RecordKind.TRIP, trip.id());
        return data.read(s -> s.trips().find(trip.id())).orElseThrow();
    }

    /** Deletes the trip; see {@link LinkService} for what happens to what links to it. */
    public void delete(long id) {
        data.writeAll(s -> s.trips().delete(id));
        changes.changed(RecordKind.TRIP, id);
    }

    /** The trips starting from {@code today} to {@code days} days later, both included, the soonest first. */
    public List<TripSummary> upcoming(LocalDate today, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative, was " + days);
        }
        return data.read(s -> s.trips().startingBetween(today, today.plusDays(days)));
    }
}
