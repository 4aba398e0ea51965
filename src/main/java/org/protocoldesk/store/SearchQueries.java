package org.protocoldesk.store;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.protocoldesk.model.RecordKind;
import org.protocoldesk.model.SearchHit;

/**
 * The global search: every word typed matches the start of a word of a record's folded texts (case, accents and
 * letters like ə, ı, ø ignored), so results come as one types.
 */
public final class SearchQueries {
    private final SearchIndex index;

    SearchQueries(DSLContext tx) {
        this.index = new SearchIndex(tx);
    }

    /** The best {@code limit} hits, best first. */
    public List<SearchHit> search(String text, int limit) {
        return index.match(text, limit);
    }

    /** The best {@code limit} hits grouped by kind, kinds in the order of {@link RecordKind}, best first in each. */
    public Map<RecordKind, List<SearchHit>> searchByKind(String text, int limit) {
        return search(text, limit).stream().collect(Collectors.groupingBy(SearchHit::kind,
                () -> new EnumMap<>(RecordKind.class), Collectors.toList()));
    }
}
