package org.protocoldesk.store;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.UpdatableRecord;

/**
 * Brings the child rows of one parent (a person's posts, a meeting's outcomes...) in line with a list, changing only
 * what changed: a child with an id is updated in place (and not written at all when nothing in it changed), a child
 * without an id is inserted, and the rows whose ids are no longer listed are deleted. Ids of unchanged children stay.
 */
final class ChildRows<R extends UpdatableRecord<R>, T> {
    private final Table<R> table;
    private final TableField<R, Long> parent;
    private final TableField<R, Long> id;
    private final Function<T, Long> idOf;
    private final BiConsumer<R, T> fill;

    ChildRows(Table<R> table, TableField<R, Long> parent, TableField<R, Long> id, Function<T, Long> idOf,
              BiConsumer<R, T> fill) {
        this.table = table;
        this.parent = parent;
        this.id = id;
        this.idOf = idOf;
        this.fill = fill;
    }

    void insert(DSLContext tx, long parentId, List<T> children) {
        for (T child : children) {
            R record = tx.newRecord(table);
            record.set(parent, parentId);
            fill.accept(record, child);
            record.store();
        }
    }

    void sync(DSLContext tx, long parentId, List<T> children) {
        Set<Long> kept = new HashSet<>();
        for (T child : children) {
            Long childId = idOf.apply(child);
            R record = childId == null ? null
                    : tx.fetchOptional(table, id.eq(childId).and(parent.eq(parentId))).orElse(null);
            if (record == null) {
                record = tx.newRecord(table);
                record.set(parent, parentId);
            }
            fill.accept(record, child);
            record.store();
            kept.add(record.get(id));
        }
        tx.deleteFrom(table).where(parent.eq(parentId)).and(id.notIn(kept)).execute();
    }
}
