package org.protocoldesk.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.protocoldesk.model.Event;
import org.protocoldesk.model.EventSummary;
import org.protocoldesk.model.RecordKind;
import org.protocoldesk.store.DataStore;

/** Conferences and multilateral meetings. Methods block: call them through the {@link TaskRunner}. */
public final class EventService {
    private final DataStore data;
    private final DataChanges changes;

    /** A service whose writes nobody listens to (tests, the command line). */
    public EventService(DataStore data) {
        this(data, DataChanges.NONE);
    }

    public EventService(DataStore data, DataChanges changes) {
        this.data = data;
        this.changes = changes;
    }

    public List<EventSummary> summaries() {
        return data.read(s -> s.events().summaries());
    }

    /** The events on at least one day from {@code from} to {@code to}, both included. */
    public List<Event> overlapping(LocalDate from, LocalDate to) {
        return data.read(s -> s.events().overlapping(from, to));
    }

    public Event add(Event event) {
        Event stored = data.write(s -> s.events().insert(event));
        changes.changed(RecordKind.EVENT, stored.id());
        return stored;
    }

    public Optional<Event> find(long id) {
        return data.read(s -> s.events().find(id));
    }

    /** Adds the event when it has no id yet, else stores its changes; returns it as stored. */
    public Event save(Event event) {
        if (event.id() == null) {
            return add(event);
        }
        data.writeAll(s -> s.events().update(event));
        changes.changed(RecordKind.EVENT, event.id());
        return data.read(s -> s.events().find(event.id())).orElseThrow();
    }

    /** Deletes the event; see {@link LinkService} for what happens to what links to it. */
    public void delete(long id) {
        data.writeAll(s -> s.events().delete(id));
        changes.changed(RecordKind.EVENT, id);
    }
}
