package org.protocoldesk.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.protocoldesk.model.Meeting;
import org.protocoldesk.model.MeetingSummary;
import org.protocoldesk.model.Page;
import org.protocoldesk.store.DataStore;

/** The log of meetings. Methods block: call them through the {@link TaskRunner}. */
public final class MeetingService {
    private final DataStore data;

    public MeetingService(DataStore data) {
        this.data = data;
    }

    public List<MeetingSummary> latest(int limit) {
        return latest(Page.first(limit));
    }

    public List<MeetingSummary> latest(Page page) {
        return data.read(s -> s.meetings().latest(page));
    }

    /** The meetings held from {@code from} to {@code to}, both included, in order of date and time. */
    public List<MeetingSummary> between(LocalDate from, LocalDate to) {
        return data.read(s -> s.meetings().between(from, to));
    }

    public int count() {
        return data.read(s -> s.meetings().count());
    }

    public Optional<Meeting> find(long id) {
        return data.read(s -> s.meetings().find(id));
    }

    public Meeting add(Meeting meeting) {
        return data.write(s -> s.meetings().insert(meeting));
    }

    public void update(Meeting meeting) {
        data.writeAll(s -> s.meetings().update(meeting));
    }
}
