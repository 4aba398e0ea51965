package org.protocoldesk.service;

import java.time.LocalDate;
import java.util.List;
import org.protocoldesk.model.Event;
import org.protocoldesk.model.EventSummary;
import org.protocoldesk.store.DataStore;

/** Conferences and multilateral meetings. Methods block: call them through the {@link TaskRunner}. */
public final class EventService {
    private final DataStore data;

    public EventService(DataStore data) {
        this.data = data;
    }

    public List<EventSummary> summaries() {
        return data.read(s -> s.events().summaries());
    }

    /** The events on at least one day from {@code from} to {@code to}, both included. */
    public List<Event> overlapping(LocalDate from, LocalDate to) {
        return data.read(s -> s.events().overlapping(from, to));
    }

    public Event add(Event event) {
        return data.write(s -> s.events().insert(event));
    }
}
