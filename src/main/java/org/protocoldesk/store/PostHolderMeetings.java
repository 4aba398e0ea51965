package org.protocoldesk.store;

import static org.jooq.impl.DSL.selectDistinct;
import static org.protocoldesk.store.generated.Tables.MEETING;
import static org.protocoldesk.store.generated.Tables.MEETING_ATTENDEE;
import static org.protocoldesk.store.generated.Tables.POST;

import java.time.LocalDate;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Select;

/**
 * A meeting belongs to an organisation (or a country's organisations) through the people who attended it holding a
 * post there on its day: the schema ties a meeting to people, never to an organisation.
 */
final class PostHolderMeetings {
    private PostHolderMeetings() {
    }

    /**
     * The meetings attended by someone while holding a post that meets the condition. The meeting table is aliased so
     * that the selection can be nested in a query over meetings.
     */
    static Select<Record1<Long>> attendedWhileHolding(Condition posts) {
        var held = MEETING.as("held");
        return selectDistinct(held.ID).from(POST)
                .join(MEETING_ATTENDEE).on(MEETING_ATTENDEE.PERSON_ID.eq(POST.PERSON_ID))
                .join(held).on(held.ID.eq(MEETING_ATTENDEE.MEETING_ID))
                .where(posts)
                .and(heldOn(held.LOCAL_DATE));
    }

    /** A post held on the day (open dates count as held). */
    static Condition heldOn(Field<LocalDate> day) {
        return POST.FROM_DATE.isNull().or(POST.FROM_DATE.le(day))
                .and(POST.TO_DATE.isNull().or(POST.TO_DATE.ge(day)));
    }
}
