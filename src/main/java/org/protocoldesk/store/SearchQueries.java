package org.protocoldesk.store;

import static org.protocoldesk.store.generated.Tables.ORGANISATION;
import static org.protocoldesk.store.generated.Tables.PERSON;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.protocoldesk.model.RecordKind;
import org.protocoldesk.model.SearchHit;
import org.protocoldesk.model.Side;
import org.protocoldesk.model.SortKey;

/**
 * The global search: every word typed matches the start of a word of a record's folded texts (case, accents and
 * letters like ə, ı, ø ignored), so results come as one types.
 *
 * <p>A text that matches too much is the exception. A single letter, or the first letters of a common word ("mi"
 * of "ministry", 110,000 records of the generated office), starts a word in much of an office, and ranking every
 * match costs about 4 µs a record (half a second) while ranking means little. So such a text lists, as an address
 * book does, the counterparts and then the organisations whose name starts with it, alphabetically, read in the
 * order of their name indexes; a text of more than one letter then fills the rest with the newest records it
 * matches. Once the text narrows to {@link #RANKED_AT_MOST} matches, the ranked full-text search takes over.
 */
public final class SearchQueries {
    /** Above this, a name key cannot go on: the end of a range of names that start with a given key. */
    private static final String AFTER_EVERY_CONTINUATION = "\uffff";
    /** The most matches that are ranked: a few milliseconds of ranking. */
    static final int RANKED_AT_MOST = 2_000;

    private final DSLContext tx;
    private final SearchIndex index;

    SearchQueries(DSLContext tx) {
        this.tx = tx;
        this.index = new SearchIndex(tx);
    }

    /** The best {@code limit} hits, best first. */
    public List<SearchHit> search(String text, int limit) {
        String key = SortKey.of(text);
        if (key.length() == 1 && Character.isLetterOrDigit(key.charAt(0))) {
            return namesStartingWith(key, limit);
        }
        if (index.matchesMoreThan(text, RANKED_AT_MOST)) {
            return namesThenNewest(key, text, limit);
        }
        return index.match(text, limit);
    }

    private List<SearchHit> namesThenNewest(String key, String text, int limit) {
        List<SearchHit> hits = namesStartingWith(key, limit);
        if (hits.size() < limit) {
            Set<SearchHit> names = new HashSet<>(hits);
            index.newest(text, limit).stream().filter(hit -> !names.contains(hit)).limit(limit - hits.size())
                    .forEach(hits::add);
        }
        return hits;
    }

    /** The best {@code limit} hits grouped by kind, kinds in the order of {@link RecordKind}, best first in each. */
    public Map<RecordKind, List<SearchHit>> searchByKind(String text, int limit) {
        return search(text, limit).stream().collect(Collectors.groupingBy(SearchHit::kind,
                () -> new EnumMap<>(RecordKind.class), Collectors.toList()));
    }

    private List<SearchHit> namesStartingWith(String key, int limit) {
        String end = key + AFTER_EVERY_CONTINUATION;
        List<SearchHit> hits = new ArrayList<>(tx.select(PERSON.ID, PERSON.FULL_NAME).from(PERSON)
                .where(PERSON.SIDE.eq(Side.THEIRS)).and(PERSON.SORT_KEY.ge(key)).and(PERSON.SORT_KEY.lt(end))
                .orderBy(PERSON.SORT_KEY, PERSON.ID)
                .limit(limit)
                .fetch(Records.mapping((id, name) -> new SearchHit(RecordKind.COUNTERPART, id, name))));
        if (hits.size() < limit) {
            hits.addAll(tx.select(ORGANISATION.ID, ORGANISATION.NAME).from(ORGANISATION)
                    .where(ORGANISATION.SORT_KEY.ge(key)).and(ORGANISATION.SORT_KEY.lt(end))
                    .orderBy(ORGANISATION.SORT_KEY, ORGANISATION.ID)
                    .limit(limit - hits.size())
                    .fetch(Records.mapping((id, name) -> new SearchHit(RecordKind.ORGANISATION, id, name))));
        }
        return hits;
    }
}
