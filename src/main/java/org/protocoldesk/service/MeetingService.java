package org.protocoldesk.service;

import java.util.List;
import java.util.Optional;
import org.protocoldesk.model.Meeting;
import org.protocoldesk.model.MeetingFilter;
import org.protocoldesk.model.MeetingFilterChoices;
import org.protocoldesk.model.MeetingSummary;
import org.protocoldesk.model.Page;
import org.protocoldesk.model.Side;
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

    /** A page of the meetings that pass the filter, newest first. */
    public List<MeetingSummary> latest(MeetingFilter filter, Page page) {
        return data.read(s -> s.meetings().latest(filter, page));
    }

    /** What the filters of the meetings list offer, read at once. */
    public MeetingFilterChoices filterChoices() {
        return data.read(s -> new MeetingFilterChoices(s.countries().all(), s.persons().choices().stream()
                .filter(p -> p.side() == Side.THEIRS).toList(), s.topics().all(), s.trips().summaries()));
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
