package org.protocoldesk.store;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.protocoldesk.model.MeetingKind;
import org.protocoldesk.model.Outcome;
import org.protocoldesk.model.Side;

/** A meeting with everyone present, its topics and outcomes; times are local to its zone, where known. */
public record MeetingData(long id, MeetingKind kind, String title, LocalDate date, LocalTime startTime,
                          LocalTime endTime, ZoneId timeZone, String place, String city, String country, Long tripId, String event,
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
