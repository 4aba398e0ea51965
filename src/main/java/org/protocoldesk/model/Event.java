package org.protocoldesk.model;

import static org.protocoldesk.model.Require.nonBlank;
import static org.protocoldesk.model.Require.ordered;
import static org.protocoldesk.model.Require.present;

import java.time.LocalDate;

/** A conference or multilateral meeting, e.g. the 5th edition of the series "Meeting of the Attorneys/Prosecutors General of the ECO Member States". */
public record Event(Long id, String name, String series, Integer edition, String city, String countryCode, String venue,
                    LocalDate startDate, LocalDate endDate, String timeZone, Long hostOrganisationId, String notes) {
    public Event {
        nonBlank(name, "event name");
        present(startDate, "event start date");
        present(endDate, "event end date");
        ordered(startDate, endDate, "event");
        if (edition != null && edition < 1) {
            throw new InvalidRecordException("edition", "must be 1 or more");
        }
    }

    public Event withId(long newId) {
        return new Event(newId, name, series, edition, city, countryCode, venue, startDate, endDate, timeZone,
                hostOrganisationId, notes);
    }
}
