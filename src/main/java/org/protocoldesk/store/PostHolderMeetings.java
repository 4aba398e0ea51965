package org.protocoldesk.store;

import static org.jooq.impl.DSL.selectDistinct;
import static org.protocoldesk.store.generated.Tables.MEETING;
import static org.protocoldesk.store.generated.Tables.MEETING_ATTENDEE;
import static org.protocoldesk.store.generated.Tables.POST;

import org.jooq.Condition;
import org.jooq.Record1;
import org.jooq.Select;

/**
 * A meeting belongs to an organisation (or a country's organisations) through the people who attended it holding a
 * post there on its day: the schema ties a meeting to people, never to an organisation.
 */
final class PostHolderMeetings {
    private PostHolderMeetings() {
    }

    /** The meetings attended by someone while holding a post that meets the condition (open dates count as held). */
    static Select<Record1<Long>> attendedWhileHolding(Condition posts) {
        return selectDistinct(MEETING.ID).from(POST)
                .join(MEETING_ATTENDEE).on(MEETING_ATTENDEE.PERSON_ID.eq(POST.PERSON_ID))
                .join(MEETING).on(MEETING.ID.eq(MEETING_ATTENDEE.MEETING_ID))
                .where(posts)
                .and(POST.FROM_DATE.isNull().or(POST.FROM_DATE.le(MEETING.LOCAL_DATE)))
                .and(POST.TO_DATE.isNull().or(POST.TO_DATE.ge(MEETING.LOCAL_DATE)));
    }
}
