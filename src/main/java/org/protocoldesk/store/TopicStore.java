package org.protocoldesk.store;

import static org.protocoldesk.store.generated.Tables.TOPIC;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.protocoldesk.model.Topic;
import org.protocoldesk.store.generated.tables.records.TopicRecord;

/** Topics (tags). Names are unique regardless of case, as the index {@code topic_name} (COLLATE NOCASE) keeps them. */
public final class TopicStore {
    private static final String NOCASE = "NOCASE";

    private final DSLContext tx;

    TopicStore(DSLContext tx) {
        this.tx = tx;
    }

    /** The topic of that name whatever its case ("extradition" finds "Extradition"), created if there is none. */
    public Topic findOrCreate(String name) {
        String stripped = new Topic(null, name).name().strip();
        return tx.selectFrom(TOPIC).where(caseless().eq(stripped))
                .fetchOptional(TopicStore::toModel)
                .orElseGet(() -> insert(stripped));
    }

    /** All topics by name, regardless of case. */
    public List<Topic> all() {
        return tx.selectFrom(TOPIC).orderBy(caseless(), TOPIC.ID).fetch(TopicStore::toModel);
    }

    private Topic insert(String name) {
        TopicRecord record = tx.newRecord(TOPIC);
        record.setName(name);
        record.store();
        return toModel(record);
    }

    /** The name under the same collation as the unique index, so that the index answers the look-up. */
    static Field<String> caseless() {
        return TOPIC.NAME.collate(NOCASE);
    }

    private static Topic toModel(TopicRecord r) {
        return new Topic(r.getId(), r.getName());
    }
}
