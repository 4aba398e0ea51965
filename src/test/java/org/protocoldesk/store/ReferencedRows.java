package org.protocoldesk.store;

import static org.protocoldesk.store.generated.Tables.EVENT;
import static org.protocoldesk.store.generated.Tables.PERSON;
import static org.protocoldesk.store.generated.Tables.TRIP;

import java.time.LocalDate;
import org.protocoldesk.model.Side;
import org.protocoldesk.model.SortKey;
import org.protocoldesk.model.TripStatus;
import org.protocoldesk.store.generated.tables.records.EventRecord;
import org.protocoldesk.store.generated.tables.records.PersonRecord;
import org.protocoldesk.store.generated.tables.records.TripRecord;

/**
 * The persons, events and trips that meetings, follow-ups and invitations refer to, written with plain jOOQ and
 * only the columns that must be filled.
 */
final class ReferencedRows {
    private ReferencedRows() {
    }

    static long person(Stores s, Side side, String fullName) {
        PersonRecord record = s.dsl().newRecord(PERSON);
        record.setSide(side);
        record.setFullName(fullName);
        record.setSortKey(SortKey.of(fullName));
        record.store();
        return record.getId();
    }

    static long event(Stores s, String name, LocalDate start, LocalDate end) {
        EventRecord record = s.dsl().newRecord(EVENT);
        record.setName(name);
        record.setStartDate(start);
        record.setEndDate(end);
        record.store();
        return record.getId();
    }

    static long trip(Stores s, String title, LocalDate start, LocalDate end) {
        TripRecord record = s.dsl().newRecord(TRIP);
        record.setTitle(title);
        record.setStartDate(start);
        record.setEndDate(end);
        record.setStatus(TripStatus.COMPLETED);
        record.store();
        return record.getId();
    }
}
