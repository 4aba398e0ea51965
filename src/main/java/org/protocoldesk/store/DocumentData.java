package org.protocoldesk.store;

import java.time.LocalDate;
import java.util.List;
import org.protocoldesk.model.DocumentKind;
import org.protocoldesk.model.DocumentStatus;

/** A document with its parties by name (organisation, else country, else the name on record), in order. */
public record DocumentData(long id, DocumentKind kind, String title, DocumentStatus status, LocalDate concludedOn,
                           String place, LocalDate validFrom, LocalDate validUntil, String event, String notes,
                           List<String> parties) {
    public DocumentData {
        parties = List.copyOf(parties);
    }
}
