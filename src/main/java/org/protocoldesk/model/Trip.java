package org.protocoldesk.model;

import static org.protocoldesk.model.Require.copy;
import static org.protocoldesk.model.Require.nonBlank;
import static org.protocoldesk.model.Require.ordered;
import static org.protocoldesk.model.Require.present;

import java.time.LocalDate;
import java.util.List;

/** A journey of our delegation. The first member of {@code delegation} is the head of delegation. */
public record Trip(Long id, String title, String purpose, String objectives, LocalDate startDate, LocalDate endDate,
                   TripStatus status, String notes, List<Destination> destinations, List<DelegationMember> delegation,
                   List<Long> eventIds) {
    public Trip {
        nonBlank(title, "trip title");
        present(startDate, "trip start date");
        present(endDate, "trip end date");
        ordered(startDate, endDate, "trip");
        present(status, "trip status");
        destinations = copy(destinations);
        delegation = copy(delegation);
        eventIds = copy(eventIds);
    }

    public Trip withId(long newId) {
        return new Trip(newId, title, purpose, objectives, startDate, endDate, status, notes, destinations, delegation,
                eventIds);
    }
}
