package org.protocoldesk.service;

import java.util.List;
import java.util.Map;
import org.protocoldesk.model.RecordKind;
import org.protocoldesk.model.SearchHit;
import org.protocoldesk.store.DataStore;

/**
 * The global search over counterparts, organisations, events, trips, meetings, invitations and documents: each word
 * typed matches the beginning of a word, ignoring case and accents. Methods block: call them through the
 * {@link TaskRunner}.
 */
public final class SearchService {
    private final DataStore data;

    public SearchService(DataStore data) {
        this.data = data;
    }

    /** The best {@code limit} hits, best first. */
    public List<SearchHit> search(String text, int limit) {
        return data.read(s -> s.search().search(text, limit));
    }

    /** The best {@code limit} hits grouped by kind, best first in each kind. */
    public Map<RecordKind, List<SearchHit>> searchByKind(String text, int limit) {
        return data.read(s -> s.search().searchByKind(text, limit));
    }
}
