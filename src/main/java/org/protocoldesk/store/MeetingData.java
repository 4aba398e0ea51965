package org.protocoldesk.store;

import java.time.LocalDate;
import java.util.List;
import org.protocoldesk.model.MeetingKind;
import org.protocoldesk.model.Outcome;
import org.protocoldesk.model.Side;

/** A meeting with everyone present, its topics and outcomes; times are local 'HH:MM' text of its zone, if known. */
public record MeetingData(long id, MeetingKind kind, String title, LocalDate date, String startTime, String endTime,
                          String timeZone, String place, String city, String country, Long tripId, String event,
                          String summary, List<PersonData> attendees, List<String> topics, List<Outcome> outcomes) {
    public MeetingData {
        attendees = List.copyOf(attendees);
        topics = List.copyOf(topics);
        outcomes = List.copyOf(outcomes);
    }

    public List<PersonData> attendees(Side side) {
        return attendees.stream().filter(a -> a.side() == side).toList();
    }
}
