package org.protocoldesk.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A trip as lists show it. {@code destinations} in the trip's order (empty when none is recorded); {@code headOfDelegation} is null while the delegation is empty; {@code meetingCount} counts the
 * meetings of the trip; {@code datePrecision} says how far its dates are known.
 */
public record TripSummary(long id, String title, LocalDate startDate, LocalDate endDate, TripStatus status,
                          List<Place> destinations, String headOfDelegation, int meetingCount, DatePrecision datePrecision) {
    public TripSummary {
        datePrecision = datePrecision == null ? DatePrecision.DAY : datePrecision;
        destinations = List.copyOf(destinations);
    }

    /** A trip whose days are known. */
    public TripSummary(long id, String title, LocalDate startDate, LocalDate endDate, TripStatus status,
                       List<Place> destinations, String headOfDelegation, int meetingCount) {
        this(id, title, startDate, endDate, status, destinations, headOfDelegation, meetingCount, DatePrecision.DAY);
    }

    public ApproximateDate start() {
        return new ApproximateDate(startDate, datePrecision);
    }

    public ApproximateDate end() {
        return new ApproximateDate(endDate, datePrecision);
    }
}
