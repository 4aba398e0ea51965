package org.protocoldesk.store;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.UpdatableRecord;

/**
 * Brings the ordered child rows of one parent (a trip's destinations and delegation, a document's parties) in line
 * with a list whose items carry no ids: each child is matched to a row by {@code same} (what it is: the person of a
 * member, the city and country of a destination), which keeps its row and id and gets its new position and other
 * columns in place; a child with no row is inserted, a row with no child deleted. Positions are unique per parent, so
 * the rows kept are first moved out of the way, then numbered 1, 2, 3… in the list's order.
 */
final class OrderedChildRows<R extends UpdatableRecord<R>, T> {
    private static final int OUT_OF_THE_WAY = 1_000_000;

    private final Table<R> table;
    private final TableField<R, Long> parent;
    private final TableField<R, Integer> position;
    private final BiPredicate<R, T> same;
    private final BiConsumer<R, T> fill;

    OrderedChildRows(Table<R> table, TableField<R, Long> parent, TableField<R, Integer> position,
                     BiPredicate<R, T> same, BiConsumer<R, T> fill) {
        this.table = table;
        this.parent = parent;
        this.position = position;
        this.same = same;
        this.fill = fill;
    }

    void sync(DSLContext tx, long parentId, List<T> children) {
        List<R> unmatched = new ArrayList<>(tx.selectFrom(table).where(parent.eq(parentId)).orderBy(position).fetch());
        List<R> rows = new ArrayList<>();
        for (T child : children) {
            R row = unmatched.stream().filter(r -> same.test(r, child)).findFirst().orElse(null);
            unmatched.remove(row);
            rows.add(row);
        }
        unmatched.forEach(R::delete);
        tx.update(table).set(position, position.plus(OUT_OF_THE_WAY)).where(parent.eq(parentId)).execute();
        for (int i = 0; i < children.size(); i++) {
            R row = rows.get(i);
            if (row == null) {
                row = tx.newRecord(table);
                row.set(parent, parentId);
            }
            fill.accept(row, children.get(i));
            row.set(position, i + 1);
            row.changed(position, true); // the row read still holds the position it had before it was moved away
            row.store();
        }
    }
}
