package org.protocoldesk.store;

import static org.protocoldesk.store.generated.Tables.DEMO_ROW;
import static org.protocoldesk.store.generated.Tables.DOCUMENT;
import static org.protocoldesk.store.generated.Tables.EVENT;
import static org.protocoldesk.store.generated.Tables.FOLLOW_UP;
import static org.protocoldesk.store.generated.Tables.INVITATION;
import static org.protocoldesk.store.generated.Tables.MEETING;
import static org.protocoldesk.store.generated.Tables.MEETING_TOPIC;
import static org.protocoldesk.store.generated.Tables.ORGANISATION;
import static org.protocoldesk.store.generated.Tables.PERSON;
import static org.protocoldesk.store.generated.Tables.TOPIC;
import static org.protocoldesk.store.generated.Tables.TRIP;

import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.Select;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/** The rows that came from the demo data set, recorded in {@code demo_row} so that they can be removed in one action. */
public final class DemoRowStore {
    private final DSLContext tx;

    DemoRowStore(DSLContext tx) {
        this.tx = tx;
    }

    public void mark(DemoTable table, long id) {
        tx.insertInto(DEMO_ROW, DEMO_ROW.TABLE_NAME, DEMO_ROW.ROW_KEY)
                .values(table, Long.toString(id))
                .execute();
    }

    public boolean anyMarked() {
        return tx.fetchExists(DEMO_ROW);
    }

    /** True on a first start: no person, organisation, trip or meeting has been stored yet. */
    public boolean noRecordsYet() {
        return !tx.fetchExists(PERSON) && !tx.fetchExists(ORGANISATION) && !tx.fetchExists(TRIP)
                && !tx.fetchExists(MEETING);
    }

    /**
     * Deletes every marked row and forgets the marks. Links to the deleted rows go by the schema's cascades.
     * A demo topic that one of the user's meetings uses stays, as the user's own.
     */
    public void deleteAllMarked() {
        for (DemoTable table : DemoTable.values()) {
            if (table != DemoTable.TOPIC) {
                deleteMarked(table);
            }
        }
        tx.deleteFrom(TOPIC)
                .where(TOPIC.ID.in(marked(DemoTable.TOPIC)))
                .and(TOPIC.ID.notIn(DSL.select(MEETING_TOPIC.TOPIC_ID).from(MEETING_TOPIC)))
                .execute();
        tx.deleteFrom(DEMO_ROW).execute();
    }

    private void deleteMarked(DemoTable table) {
        TableField<?, Long> id = idOf(table);
        tx.deleteFrom(id.getTable()).where(id.in(marked(table))).execute();
    }

    private static TableField<?, Long> idOf(DemoTable table) {
        return switch (table) {
            case ORGANISATION -> ORGANISATION.ID;
            case PERSON -> PERSON.ID;
            case EVENT -> EVENT.ID;
            case TRIP -> TRIP.ID;
            case MEETING -> MEETING.ID;
            case TOPIC -> TOPIC.ID;
            case FOLLOW_UP -> FOLLOW_UP.ID;
            case INVITATION -> INVITATION.ID;
            case DOCUMENT -> DOCUMENT.ID;
        };
    }

    private static Select<Record1<Long>> marked(DemoTable table) {
        return DSL.select(DEMO_ROW.ROW_KEY.cast(SQLDataType.BIGINT)).from(DEMO_ROW)
                .where(DEMO_ROW.TABLE_NAME.eq(table));
    }
}
