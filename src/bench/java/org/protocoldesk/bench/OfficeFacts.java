package org.protocoldesk.bench;

import static org.jooq.impl.DSL.count;
import static org.protocoldesk.store.generated.Tables.MEETING;
import static org.protocoldesk.store.generated.Tables.MEETING_ATTENDEE;
import static org.protocoldesk.store.generated.Tables.PERSON;

import java.time.LocalDate;
import java.time.YearMonth;
import org.protocoldesk.store.DataStore;

/**
 * What the measured paths need to know about the generated office: its last day, its last full month, and the
 * country and counterpart met most often (the heaviest timelines).
 */
public record OfficeFacts(LocalDate today, Range lastMonth, String busiestCountry, long busiestCounterpart) {

    public record Range(LocalDate from, LocalDate to) {
    }

    static OfficeFacts of(DataStore data) {
        LocalDate today = Skeleton.TODAY;
        YearMonth month = YearMonth.from(today);
        return data.read(s -> new OfficeFacts(today, new Range(month.atDay(1), month.atEndOfMonth()),
                String.valueOf(s.dsl().select(MEETING.COUNTRY_CODE).from(MEETING).groupBy(MEETING.COUNTRY_CODE)
                        .orderBy(count().desc()).limit(1).fetchSingle().value1()),
                s.dsl().select(MEETING_ATTENDEE.PERSON_ID).from(MEETING_ATTENDEE)
                        .join(PERSON).on(PERSON.ID.eq(MEETING_ATTENDEE.PERSON_ID))
                        .where(PERSON.SIDE.eq(PERSON.SIDE.getDataType().convert("theirs")))
                        .groupBy(MEETING_ATTENDEE.PERSON_ID).orderBy(count().desc()).limit(1)
                        .fetchSingle().value1()));
    }
}
