package org.protocoldesk.store;

import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;
import static org.protocoldesk.store.generated.Tables.COUNTRY;
import static org.protocoldesk.store.generated.Tables.EVENT;
import static org.protocoldesk.store.generated.Tables.PERSON;
import static org.protocoldesk.store.generated.Tables.TRIP;
import static org.protocoldesk.store.generated.Tables.TRIP_DESTINATION;
import static org.protocoldesk.store.generated.Tables.TRIP_EVENT;
import static org.protocoldesk.store.generated.Tables.TRIP_MEMBER;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.protocoldesk.model.TripStatus;
import org.protocoldesk.store.generated.tables.Person;

/** A trip with destinations and delegation (one query) and the events it attended (one more). */
final class TripReadFields {
    private TripReadFields() {
    }

    static Optional<TripData> trip(DSLContext tx, long tripId) {
        var dest = TRIP_DESTINATION.as("dest");
        var destCountry = COUNTRY.as("dest_c");
        Field<List<TripData.Place>> destinations = multiset(
                select(dest.CITY, dest.COUNTRY_CODE, destCountry.NAME).from(dest)
                        .leftJoin(destCountry).on(destCountry.CODE.eq(dest.COUNTRY_CODE))
                        .where(dest.TRIP_ID.eq(TRIP.ID)).orderBy(dest.POSITION))
                .convertFrom(r -> r.map(d -> new TripData.Place(d.value1(), d.value2(), d.value3())));
        Person p = PERSON.as("mem");
        var member = TRIP_MEMBER.as("member");
        List<Field<?>> memberFields = new ArrayList<>(ReadFields.personFields(p));
        memberFields.add(member.ROLE);
        Field<List<TripData.Member>> delegation = multiset(select(memberFields)
                .from(member).join(p).on(p.ID.eq(member.PERSON_ID))
                .where(member.TRIP_ID.eq(TRIP.ID)).orderBy(member.PRECEDENCE))
                .convertFrom(r -> r.map(m -> new TripData.Member(ReadFields.person(m, 0),
                        (String) m.get(memberFields.size() - 1))));
        return tx.select(TRIP.ID, TRIP.TITLE, TRIP.PURPOSE, TRIP.OBJECTIVES, TRIP.START_DATE, TRIP.END_DATE,
                        TRIP.STATUS, destinations, delegation, TRIP.DATE_PRECISION)
                .from(TRIP)
                .where(TRIP.ID.eq(tripId))
                .fetchOptional(r -> new TripData(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7(), r.value8(), r.value9(),
                        events(tx, EVENT.ID.in(select(TRIP_EVENT.EVENT_ID).from(TRIP_EVENT)
                                .where(TRIP_EVENT.TRIP_ID.eq(tripId)))), r.value10()));
    }

    /** Events by start date, with city, country and host by name. */
    static List<EventData> events(DSLContext tx, Condition which) {
        Field<String> country = ReadFields.countryNameOf(EVENT.COUNTRY_CODE, "ev_c");
        Field<String> host = ReadFields.organisationNameOf(EVENT.HOST_ORGANISATION_ID, "ev_host");
        return tx.select(EVENT.ID, EVENT.NAME, EVENT.CITY, country, EVENT.START_DATE, EVENT.END_DATE, host,
                        EVENT.DATE_PRECISION)
                .from(EVENT)
                .where(which)
                .orderBy(EVENT.START_DATE, EVENT.ID)
                .fetch(r -> new EventData(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8()));
    }
}
