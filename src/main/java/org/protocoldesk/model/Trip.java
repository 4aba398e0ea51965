package org.protocoldesk.model;

import static org.protocoldesk.model.Require.copy;
import static org.protocoldesk.model.Require.nonBlank;
import static org.protocoldesk.model.Require.ordered;
import static org.protocoldesk.model.Require.present;

import java.time.LocalDate;
import java.util.List;

/**
 * A journey of our delegation. The first member of {@code delegation} is the head of delegation. {@code datePrecision}
 * says whether its days, only its month or only its year are known (the dates then hold the first day of it).
 */
public record Trip(Long id, String title, String purpose, String objectives, LocalDate startDate, LocalDate endDate,
                   TripStatus status, String notes, List<Destination> destinations, List<DelegationMember> delegation,
                   List<Long> eventIds, DatePrecision datePrecision) {
    public Trip {
        nonBlank(title, "trip title");
        present(startDate, "trip start date");
        present(endDate, "trip end date");
        datePrecision = datePrecision == null ? DatePrecision.DAY : datePrecision;
        startDate = ApproximateDate.firstDay(startDate, datePrecision);
        endDate = ApproximateDate.firstDay(endDate, datePrecision);
        ordered(startDate, endDate, "trip");
        present(status, "trip status");
        destinations = copy(destinations);
        delegation = copy(delegation);
        eventIds = copy(eventIds);
    }

    /** A trip whose days are known. */
    public Trip(Long id, String title, String purpose, String objectives, LocalDate startDate, LocalDate endDate,
                TripStatus status, String notes, List<Destination> destinations, List<DelegationMember> delegation,
                List<Long> eventIds) {
        this(id, title, purpose, objectives, startDate, endDate, status, notes, destinations, delegation, eventIds,
                DatePrecision.DAY);
    }

    public ApproximateDate start() {
        return new ApproximateDate(startDate, datePrecision);
    }

    public ApproximateDate end() {
        return new ApproximateDate(endDate, datePrecision);
    }

    public Trip withId(long newId) {
        return new Trip(newId, title, purpose, objectives, startDate, endDate, status, notes, destinations, delegation,
                eventIds, datePrecision);
    }
}
