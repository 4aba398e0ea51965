package org.protocoldesk.store;

import static org.protocoldesk.store.generated.Tables.FOLLOW_UP;
import static org.protocoldesk.store.generated.Tables.MEETING;
import static org.protocoldesk.store.generated.Tables.PERSON;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.SelectField;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.protocoldesk.model.FollowUp;
import org.protocoldesk.model.FollowUpStatus;
import org.protocoldesk.model.FollowUpSummary;
import org.protocoldesk.model.Page;
import org.protocoldesk.store.generated.tables.records.FollowUpRecord;

public final class FollowUpStore {
    private static final Condition OPEN = FOLLOW_UP.STATUS.eq(FollowUpStatus.OPEN);
    private static final SelectField<FollowUp> FOLLOW_UP_MODEL = DSL.row(FOLLOW_UP.ID, FOLLOW_UP.TEXT,
            FOLLOW_UP.OWED_BY, FOLLOW_UP.OWNER_PERSON_ID, FOLLOW_UP.DUE_DATE, FOLLOW_UP.DONE_DATE, FOLLOW_UP.STATUS,
            FOLLOW_UP.MEETING_ID).mapping(FollowUp::new);

    private final DSLContext tx;

    FollowUpStore(DSLContext tx) {
        this.tx = tx;
    }

    public FollowUp insert(FollowUp followUp) {
        FollowUpRecord record = tx.newRecord(FOLLOW_UP);
        fill(record, followUp);
        record.store();
        return followUp.withId(record.getId());
    }

    public void update(FollowUp followUp) {
        FollowUpRecord record = tx.fetchSingle(FOLLOW_UP, FOLLOW_UP.ID.eq(followUp.id()));
        fill(record, followUp);
        record.store();
    }

    public void delete(long id) {
        tx.deleteFrom(FOLLOW_UP).where(FOLLOW_UP.ID.eq(id)).execute();
    }

    /** The follow-ups that came from the meeting, in the order they were recorded. */
    public List<FollowUp> ofMeeting(long meetingId) {
        return tx.select(FOLLOW_UP_MODEL).from(FOLLOW_UP).where(FOLLOW_UP.MEETING_ID.eq(meetingId))
                .orderBy(FOLLOW_UP.ID)
                .fetch(Records.mapping(f -> f));
    }

    public Optional<FollowUp> find(long id) {
        return tx.select(FOLLOW_UP_MODEL).from(FOLLOW_UP).where(FOLLOW_UP.ID.eq(id)).fetchOptional(Records.mapping(f -> f));
    }

    /** The open follow-ups, soonest due first, those with no due date last. */
    public List<FollowUpSummary> open() {
        return open(Page.ALL);
    }

    /** A page of {@link #open()}, read in the order of the index on open follow-ups' due dates. */
    public List<FollowUpSummary> open(Page page) {
        return summaries(OPEN, page);
    }

    /** The open follow-ups due on or before {@code day}: due then and overdue. */
    public List<FollowUpSummary> openDueBy(LocalDate day) {
        return openDueBy(day, Page.ALL);
    }

    /** A page of {@link #openDueBy(LocalDate)}: the most overdue first. */
    public List<FollowUpSummary> openDueBy(LocalDate day, Page page) {
        return summaries(OPEN.and(FOLLOW_UP.DUE_DATE.le(day)), page);
    }

    /** How many open follow-ups are due on or before {@code day}, counted on the index of open ones. */
    public int countOpenDueBy(LocalDate day) {
        return tx.fetchCount(FOLLOW_UP, OPEN.and(FOLLOW_UP.DUE_DATE.le(day)));
    }

    /**
     * A page of the follow-ups in {@code status} (all of them when null), as the Follow-ups screen lists them: open
     * ones soonest due first, the others latest due first; those with no due date last.
     */
    public List<FollowUpSummary> inStatus(FollowUpStatus status, Page page) {
        if (status == FollowUpStatus.OPEN) {
            return summaries(OPEN, page);
        }
        return summaries(status == null ? DSL.noCondition() : FOLLOW_UP.STATUS.eq(status), page,
                FOLLOW_UP.DUE_DATE.desc().nullsLast(), FOLLOW_UP.ID.desc());
    }

    /** The follow-up as lists show it, with its owner and meeting. */
    public Optional<FollowUpSummary> summary(long id) {
        return summaries(FOLLOW_UP.ID.eq(id), Page.ALL, FOLLOW_UP.ID.asc()).stream().findFirst();
    }

    private List<FollowUpSummary> summaries(Condition which, Page page) {
        return summaries(which, page, FOLLOW_UP.DUE_DATE.asc().nullsLast(), FOLLOW_UP.ID.asc());
    }

    private List<FollowUpSummary> summaries(Condition which, Page page, SortField<?>... order) {
        return tx.select(FOLLOW_UP_MODEL, PERSON.FULL_NAME, MEETING.TITLE, MEETING.LOCAL_DATE)
                .from(FOLLOW_UP)
                .leftJoin(PERSON).on(PERSON.ID.eq(FOLLOW_UP.OWNER_PERSON_ID))
                .leftJoin(MEETING).on(MEETING.ID.eq(FOLLOW_UP.MEETING_ID))
                .where(which)
                .orderBy(order)
                .limit(page.limit()).offset(page.offset())
                .fetch(Records.mapping(FollowUpSummary::new));
    }

    private static void fill(FollowUpRecord record, FollowUp followUp) {
        record.setText(followUp.text());
        record.setOwedBy(followUp.owedBy());
        record.setOwnerPersonId(followUp.ownerPersonId());
        record.setDueDate(followUp.dueDate());
        record.setDoneDate(followUp.doneDate());
        record.setStatus(followUp.status());
        record.setMeetingId(followUp.meetingId());
    }

}
