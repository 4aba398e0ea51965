package org.protocoldesk.model;

/** A record found by the global search: its kind and id (to open it) and the title a list of hits shows. */
public record SearchHit(RecordKind kind, long id, String title) {
}
