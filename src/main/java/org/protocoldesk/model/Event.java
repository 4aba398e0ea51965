package org.protocoldesk.model;

import static org.protocoldesk.model.Require.nonBlank;
import static org.protocoldesk.model.Require.ordered;
import static org.protocoldesk.model.Require.present;

import java.time.LocalDate;

/**
 * A conference or multilateral meeting, e.g. the 5th edition of the series "Meeting of the Attorneys/Prosecutors
 * General of the ECO Member States". {@code datePrecision} says whether its days, only its month or only its year
 * are known; the dates then hold the first day of that month or year.
 */
public record Event(Long id, String name, String series, Integer edition, String city, String countryCode, String venue,
                    LocalDate startDate, LocalDate endDate, String timeZone, Long hostOrganisationId, String notes,
                    DatePrecision datePrecision) {
    public Event {
        nonBlank(name, "event name");
        present(startDate, "event start date");
        present(endDate, "event end date");
        datePrecision = datePrecision == null ? DatePrecision.DAY : datePrecision;
        startDate = ApproximateDate.firstDay(startDate, datePrecision);
        endDate = ApproximateDate.firstDay(endDate, datePrecision);
        ordered(startDate, endDate, "event");
        if (edition != null && edition < 1) {
            throw new InvalidRecordException("edition", "must be 1 or more");
        }
    }

    /** An event whose days are known. */
    public Event(Long id, String name, String series, Integer edition, String city, String countryCode, String venue,
                 LocalDate startDate, LocalDate endDate, String timeZone, Long hostOrganisationId, String notes) {
        this(id, name, series, edition, city, countryCode, venue, startDate, endDate, timeZone, hostOrganisationId,
                notes, DatePrecision.DAY);
    }

    public ApproximateDate start() {
        return new ApproximateDate(startDate, datePrecision);
    }

    public ApproximateDate end() {
        return new ApproximateDate(endDate, datePrecision);
    }

    public Event withId(long newId) {
        return new Event(newId, name, series, edition, city, countryCode, venue, startDate, endDate, timeZone,
                hostOrganisationId, notes, datePrecision);
    }
}
