package org.protocoldesk.model;

import java.util.List;

/** What the filters of the meetings list offer: the countries, counterparts, topics and trips known. */
public record MeetingFilterChoices(List<Country> countries, List<PersonChoice> counterparts, List<Topic> topics,
                                   List<TripSummary> trips) {
    public MeetingFilterChoices {
        countries = List.copyOf(countries);
        counterparts = List.copyOf(counterparts);
        topics = List.copyOf(topics);
        trips = List.copyOf(trips);
    }
}
