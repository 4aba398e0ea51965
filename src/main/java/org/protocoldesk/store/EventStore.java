package org.protocoldesk.store;

import static org.protocoldesk.store.generated.Tables.COUNTRY;
import static org.protocoldesk.store.generated.Tables.EVENT;
import static org.protocoldesk.store.generated.Tables.ORGANISATION;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.SelectField;
import org.jooq.impl.DSL;
import org.protocoldesk.model.Event;
import org.protocoldesk.model.EventSummary;
import org.protocoldesk.store.generated.tables.records.EventRecord;

public final class EventStore {
    static final SelectField<Event> EVENT_MODEL = DSL.row(EVENT.ID, EVENT.NAME, EVENT.SERIES, EVENT.EDITION,
            EVENT.CITY, EVENT.COUNTRY_CODE, EVENT.VENUE, EVENT.START_DATE, EVENT.END_DATE, EVENT.TIME_ZONE,
            EVENT.HOST_ORGANISATION_ID, EVENT.NOTES, EVENT.DATE_PRECISION).mapping(Event::new);

    private final DSLContext tx;

    EventStore(DSLContext tx) {
        this.tx = tx;
    }

    public Event insert(Event event) {
        EventRecord record = tx.newRecord(EVENT);
        fill(record, event);
        record.store();
        return event.withId(record.getId());
    }

    public void update(Event event) {
        EventRecord record = tx.fetchSingle(EVENT, EVENT.ID.eq(event.id()));
        fill(record, event);
        record.store();
    }

    public Optional<Event> find(long id) {
        return tx.select(EVENT_MODEL).from(EVENT).where(EVENT.ID.eq(id)).fetchOptional(Records.mapping(e -> e));
    }

    /** Deletes the event; meetings, documents and invitations linked to it stay, unlinked; trips no longer list it. */
    public void delete(long id) {
        tx.deleteFrom(EVENT).where(EVENT.ID.eq(id)).execute();
    }

    /** The events that take place on at least one day from {@code from} to {@code to} (both included), by start. */
    public List<Event> overlapping(LocalDate from, LocalDate to) {
        return tx.select(EVENT_MODEL).from(EVENT)
                .where(EVENT.START_DATE.le(to).and(EVENT.END_DATE.ge(from)))
                .orderBy(EVENT.START_DATE, EVENT.ID)
                .fetch(Records.mapping(e -> e));
    }

    /** All events, the latest first, with the names of their country and host organisation. */
    public List<EventSummary> summaries() {
        return tx.select(EVENT_MODEL, COUNTRY.NAME, ORGANISATION.NAME)
                .from(EVENT)
                .leftJoin(COUNTRY).on(COUNTRY.CODE.eq(EVENT.COUNTRY_CODE))
                .leftJoin(ORGANISATION).on(ORGANISATION.ID.eq(EVENT.HOST_ORGANISATION_ID))
                .orderBy(EVENT.START_DATE.desc(), EVENT.ID.desc())
                .fetch(Records.mapping(EventSummary::new));
    }

    private static void fill(EventRecord record, Event event) {
        record.setName(event.name());
        record.setSeries(event.series());
        record.setEdition(event.edition());
        record.setCity(event.city());
        record.setCountryCode(event.countryCode());
        record.setVenue(event.venue());
        record.setStartDate(event.startDate());
        record.setEndDate(event.endDate());
        record.setTimeZone(event.timeZone());
        record.setHostOrganisationId(event.hostOrganisationId());
        record.setNotes(event.notes());
        record.setDatePrecision(event.datePrecision());
    }

}
