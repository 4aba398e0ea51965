package org.protocoldesk.store;

import java.time.LocalDate;
import org.protocoldesk.model.DatePrecision;

public record EventData(long id, String name, String city, String country, LocalDate startDate, LocalDate endDate,
                        String host, DatePrecision datePrecision) {
}
