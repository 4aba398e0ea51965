package org.protocoldesk.store;

import java.time.LocalDate;

public record EventData(long id, String name, String city, String country, LocalDate startDate, LocalDate endDate,
                        String host) {
}
