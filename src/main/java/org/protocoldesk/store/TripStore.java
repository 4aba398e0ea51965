package org.protocoldesk.store;

import static org.protocoldesk.store.generated.Tables.COUNTRY;
import static org.protocoldesk.store.generated.Tables.EVENT;
import static org.protocoldesk.store.generated.Tables.MEETING;
import static org.protocoldesk.store.generated.Tables.PERSON;
import static org.protocoldesk.store.generated.Tables.TRIP;
import static org.protocoldesk.store.generated.Tables.TRIP_DESTINATION;
import static org.protocoldesk.store.generated.Tables.TRIP_EVENT;
import static org.protocoldesk.store.generated.Tables.TRIP_MEMBER;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record3;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.protocoldesk.model.ApproximateDate;
import org.protocoldesk.model.DelegationMember;
import org.protocoldesk.model.Destination;
import org.protocoldesk.model.Place;
import org.protocoldesk.model.Trip;
import org.protocoldesk.model.ProgrammeItem;
import org.protocoldesk.model.TripSummary;
import org.protocoldesk.model.RecordKind;
import org.protocoldesk.store.generated.tables.records.TripDestinationRecord;
import org.protocoldesk.store.generated.tables.records.TripMemberRecord;
import org.protocoldesk.store.generated.tables.records.TripRecord;

/**
 * Trips with their destinations, delegation (in order of precedence) and the events attended. The schema keeps no
 * order for events attended: they come back by start date.
 */
public final class TripStore {
    private static final Comparator<ProgrammeItem> PROGRAMME_ORDER = Comparator
            .comparing((ProgrammeItem item) -> item.start().date())
            .thenComparing(item -> item.kind() != RecordKind.EVENT)
            .thenComparing(ProgrammeItem::startTime, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingLong(ProgrammeItem::recordId);

    private static final OrderedChildRows<TripDestinationRecord, Destination> DESTINATIONS = new OrderedChildRows<>(
            TRIP_DESTINATION, TRIP_DESTINATION.TRIP_ID, TRIP_DESTINATION.POSITION,
            (row, d) -> d.city().equals(row.getCity()) && Objects.equals(d.countryCode(), row.getCountryCode()),
            (row, d) -> {
                row.setCity(d.city());
                row.setCountryCode(d.countryCode());
            });
    private static final OrderedChildRows<TripMemberRecord, DelegationMember> DELEGATION = new OrderedChildRows<>(
            TRIP_MEMBER, TRIP_MEMBER.TRIP_ID, TRIP_MEMBER.PRECEDENCE,
            (row, m) -> row.getPersonId() == m.personId(),
            (row, m) -> {
                row.setPersonId(m.personId());
                row.setRole(m.role());
            });

    private final DSLContext tx;
    private final SearchIndex index;

    TripStore(DSLContext tx) {
        this.tx = tx;
        this.index = new SearchIndex(tx);
    }

    public Trip insert(Trip trip) {
        TripRecord record = tx.newRecord(TRIP);
        fill(record, trip);
        record.store();
        writeChildren(record.getId(), trip);
        index.refresh(RecordKind.TRIP, record.getId());
        return trip.withId(record.getId());
    }

    /** Rewrites the trip; its destinations, delegation and events attended change only where they changed. */
    public void update(Trip trip) {
        TripRecord record = tx.fetchSingle(TRIP, TRIP.ID.eq(trip.id()));
        fill(record, trip);
        record.store();
        writeChildren(trip.id(), trip);
        index.refresh(RecordKind.TRIP, trip.id());
    }

    public Optional<Trip> find(long id) {
        return tx.selectFrom(TRIP).where(TRIP.ID.eq(id)).fetchOptional()
                .map(r -> new Trip(r.getId(), r.getTitle(), r.getPurpose(), r.getObjectives(), r.getStartDate(),
                        r.getEndDate(), r.getStatus(), r.getNotes(),
                        tx.selectFrom(TRIP_DESTINATION).where(TRIP_DESTINATION.TRIP_ID.eq(id))
                                .orderBy(TRIP_DESTINATION.POSITION)
                                .fetch(d -> new Destination(d.getCity(), d.getCountryCode())),
                        tx.selectFrom(TRIP_MEMBER).where(TRIP_MEMBER.TRIP_ID.eq(id))
                                .orderBy(TRIP_MEMBER.PRECEDENCE)
                                .fetch(m -> new DelegationMember(m.getPersonId(), m.getRole())),
                        tx.select(TRIP_EVENT.EVENT_ID).from(TRIP_EVENT)
                                .join(EVENT).on(EVENT.ID.eq(TRIP_EVENT.EVENT_ID))
                                .where(TRIP_EVENT.TRIP_ID.eq(id))
                                .orderBy(EVENT.START_DATE, EVENT.ID)
                                .fetch(TRIP_EVENT.EVENT_ID),
                        r.getDatePrecision()));
    }

    /**
     * The trip's programme in order: the events it attended and its meetings, by day in local time; on a day the
     * events come first, then the meetings by their start (those without a time last). Two queries.
     */
    public List<ProgrammeItem> programme(long tripId) {
        List<ProgrammeItem> items = new ArrayList<>(tx.select(EVENT.ID, EVENT.START_DATE, EVENT.END_DATE,
                        EVENT.DATE_PRECISION, EVENT.NAME, DSL.coalesce(EVENT.VENUE, EVENT.CITY))
                .from(TRIP_EVENT).join(EVENT).on(EVENT.ID.eq(TRIP_EVENT.EVENT_ID))
                .where(TRIP_EVENT.TRIP_ID.eq(tripId))
                .fetch(r -> new ProgrammeItem(RecordKind.EVENT, r.value1(), new ApproximateDate(r.value2(), r.value4()),
                        new ApproximateDate(r.value3(), r.value4()), null, null, r.value5(), null, r.value6())));
        items.addAll(tx.select(MEETING.ID, MEETING.LOCAL_DATE, MEETING.START_TIME, MEETING.END_TIME, MEETING.TITLE,
                        MEETING.KIND, DSL.coalesce(MEETING.PLACE, MEETING.CITY))
                .from(MEETING).where(MEETING.TRIP_ID.eq(tripId))
                .fetch(r -> new ProgrammeItem(RecordKind.MEETING, r.value1(), ApproximateDate.day(r.value2()), null,
                        r.value3(), r.value4(), r.value5(), r.value6(), r.value7())));
        items.sort(PROGRAMME_ORDER);
        return items;
    }

    /** Deletes the trip with its destinations and delegation; its meetings and the invitations it fulfilled stay, unlinked. */
    public void delete(long id) {
        tx.deleteFrom(TRIP).where(TRIP.ID.eq(id)).execute();
        index.remove(RecordKind.TRIP, id);
    }

    /** All trips, the latest first. Two queries, whatever the number of trips. */
    /** The trips under way on {@code day}: started on or before it and not yet ended. */
    public List<Long> underWayOn(LocalDate day) {
        return tx.select(TRIP.ID).from(TRIP).where(TRIP.START_DATE.le(day).and(TRIP.END_DATE.ge(day)))
                .orderBy(TRIP.START_DATE.desc(), TRIP.ID.desc())
                .fetch(TRIP.ID);
    }

    public List<TripSummary> summaries() {
        return summaries(DSL.noCondition(), TRIP.START_DATE.desc(), TRIP.ID.desc());
    }

    /** The trips that start from {@code from} to {@code to} (both included), the soonest first. */
    public List<TripSummary> startingBetween(LocalDate from, LocalDate to) {
        return summaries(TRIP.START_DATE.between(from, to), TRIP.START_DATE.asc(), TRIP.ID.asc());
    }

    private List<TripSummary> summaries(Condition which, SortField<?>... order) {
        Map<Long, List<Place>> destinations = destinations(which);
        Field<Integer> meetingCount = DSL.selectCount().from(MEETING).where(MEETING.TRIP_ID.eq(TRIP.ID))
                .asField("meeting_count");
        return tx.select(TRIP.ID, TRIP.TITLE, TRIP.START_DATE, TRIP.END_DATE, TRIP.STATUS, PERSON.FULL_NAME,
                        meetingCount, TRIP.DATE_PRECISION)
                .from(TRIP)
                .leftJoin(TRIP_MEMBER).on(TRIP_MEMBER.TRIP_ID.eq(TRIP.ID).and(TRIP_MEMBER.PRECEDENCE.eq(1)))
                .leftJoin(PERSON).on(PERSON.ID.eq(TRIP_MEMBER.PERSON_ID))
                .where(which)
                .orderBy(order)
                .fetch(r -> new TripSummary(r.get(TRIP.ID), r.get(TRIP.TITLE), r.get(TRIP.START_DATE),
                        r.get(TRIP.END_DATE), r.get(TRIP.STATUS),
                        destinations.getOrDefault(r.get(TRIP.ID), List.of()), r.get(PERSON.FULL_NAME),
                        r.get(meetingCount), r.get(TRIP.DATE_PRECISION)));
    }

    /** Per trip that meets the condition, its destinations in order. */
    private Map<Long, List<Place>> destinations(Condition which) {
        return tx.select(TRIP_DESTINATION.TRIP_ID, TRIP_DESTINATION.CITY, COUNTRY.NAME)
                .from(TRIP_DESTINATION)
                .join(TRIP).on(TRIP.ID.eq(TRIP_DESTINATION.TRIP_ID))
                .leftJoin(COUNTRY).on(COUNTRY.CODE.eq(TRIP_DESTINATION.COUNTRY_CODE))
                .where(which)
                .orderBy(TRIP_DESTINATION.TRIP_ID, TRIP_DESTINATION.POSITION)
                .stream()
                .collect(Collectors.groupingBy(Record3::value1,
                        Collectors.mapping(r -> new Place(r.value2(), r.value3()), Collectors.toList())));
    }

    private void writeChildren(long tripId, Trip trip) {
        DESTINATIONS.sync(tx, tripId, trip.destinations());
        DELEGATION.sync(tx, tripId, trip.delegation());
        tx.deleteFrom(TRIP_EVENT).where(TRIP_EVENT.TRIP_ID.eq(tripId))
                .and(TRIP_EVENT.EVENT_ID.notIn(trip.eventIds())).execute();
        List<Long> kept = tx.select(TRIP_EVENT.EVENT_ID).from(TRIP_EVENT).where(TRIP_EVENT.TRIP_ID.eq(tripId))
                .fetch(TRIP_EVENT.EVENT_ID);
        for (Long eventId : trip.eventIds()) {
            if (!kept.contains(eventId)) {
                tx.insertInto(TRIP_EVENT, TRIP_EVENT.TRIP_ID, TRIP_EVENT.EVENT_ID).values(tripId, eventId).execute();
            }
        }
    }

    private static void fill(TripRecord record, Trip trip) {
        record.setTitle(trip.title());
        record.setPurpose(trip.purpose());
        record.setObjectives(trip.objectives());
        record.setStartDate(trip.startDate());
        record.setEndDate(trip.endDate());
        record.setStatus(trip.status());
        record.setNotes(trip.notes());
        record.setDatePrecision(trip.datePrecision());
    }
}
