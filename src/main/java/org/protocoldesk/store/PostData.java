package org.protocoldesk.store;

import java.time.LocalDate;

/** A post as a document shows it: title, organisation and its country by name, and the dates known. */
public record PostData(String title, Long organisationId, String organisation, String organisationCountry,
                       LocalDate from, LocalDate to) {

    /** Held on {@code day}, as far as the dates on record tell (an open end is taken as still held). */
    public boolean heldOn(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }
}
