package org.protocoldesk.ui.search;

import org.protocoldesk.model.RecordKind;
import org.protocoldesk.model.SearchHit;

/** A line of the search results: the heading of a kind ({@code hit} null), or a hit under it. */
record SearchRow(RecordKind kind, SearchHit hit) {
    static SearchRow heading(RecordKind kind) {
        return new SearchRow(kind, null);
    }

    static SearchRow of(SearchHit hit) {
        return new SearchRow(hit.kind(), hit);
    }

    boolean isHeading() {
        return hit == null;
    }
}
