package org.protocoldesk.bench;

import static org.jooq.impl.DSL.abs;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.when;
import static org.protocoldesk.store.generated.Tables.MEETING;
import static org.protocoldesk.store.generated.Tables.MEETING_ATTENDEE;
import static org.protocoldesk.store.generated.Tables.PERSON;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.protocoldesk.model.Side;
import org.protocoldesk.store.DataStore;

/**
 * What the measured paths need to know about the generated office: its last day, its last full month, the country
 * and counterpart met most often (the heaviest timelines), the trip closest to {@value #TRIP_MEETINGS} meetings
 * with {@value #TRIP_COUNTERPARTS} counterparts (the trip report of issue 7), and the {@value #BRIEFED}
 * counterparts of the busiest country met most often, each over the office's fifteen years (its briefing).
 */
public record OfficeFacts(LocalDate today, Range lastMonth, String busiestCountry, long busiestCounterpart,
                          long reportTrip, List<Long> briefingCounterparts) {
    static final int TRIP_MEETINGS = 40;
    static final int TRIP_COUNTERPARTS = 60;
    static final int BRIEFED = 10;

    public record Range(LocalDate from, LocalDate to) {
    }

    static OfficeFacts of(DataStore data) {
        LocalDate today = Skeleton.TODAY;
        YearMonth month = YearMonth.from(today);
        return data.read(s -> {
            String country = s.dsl().select(MEETING.COUNTRY_CODE).from(MEETING).groupBy(MEETING.COUNTRY_CODE)
                    .orderBy(count().desc()).limit(1).fetchSingle().value1();
            return new OfficeFacts(today, new Range(month.atDay(1), month.atEndOfMonth()), country,
                    s.dsl().select(MEETING_ATTENDEE.PERSON_ID).from(MEETING_ATTENDEE)
                            .join(PERSON).on(PERSON.ID.eq(MEETING_ATTENDEE.PERSON_ID))
                            .where(PERSON.SIDE.eq(Side.THEIRS))
                            .groupBy(MEETING_ATTENDEE.PERSON_ID).orderBy(count().desc()).limit(1)
                            .fetchSingle().value1(),
                    reportTrip(s.dsl()), mostMet(s.dsl(), country));
        });
    }

    private static long reportTrip(DSLContext dsl) {
        Field<Integer> meetings = countDistinct(MEETING.ID);
        Field<Integer> counterparts = countDistinct(when(PERSON.SIDE.eq(Side.THEIRS), MEETING_ATTENDEE.PERSON_ID));
        return dsl.select(MEETING.TRIP_ID).from(MEETING)
                .join(MEETING_ATTENDEE).on(MEETING_ATTENDEE.MEETING_ID.eq(MEETING.ID))
                .join(PERSON).on(PERSON.ID.eq(MEETING_ATTENDEE.PERSON_ID))
                .where(MEETING.TRIP_ID.isNotNull())
                .groupBy(MEETING.TRIP_ID)
                .orderBy(abs(meetings.minus(inline(TRIP_MEETINGS))).plus(abs(counterparts.minus(inline(TRIP_COUNTERPARTS)))),
                        MEETING.TRIP_ID)
                .limit(1).fetchSingle().value1();
    }

    private static List<Long> mostMet(DSLContext dsl, String country) {
        return dsl.select(MEETING_ATTENDEE.PERSON_ID).from(MEETING_ATTENDEE)
                .join(PERSON).on(PERSON.ID.eq(MEETING_ATTENDEE.PERSON_ID))
                .where(PERSON.SIDE.eq(Side.THEIRS)).and(PERSON.COUNTRY_CODE.eq(country))
                .groupBy(MEETING_ATTENDEE.PERSON_ID).orderBy(count().desc(), MEETING_ATTENDEE.PERSON_ID)
                .limit(BRIEFED).fetch(MEETING_ATTENDEE.PERSON_ID);
    }
}
