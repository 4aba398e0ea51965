package org.protocoldesk.store;

/** A query was started on the JavaFX application thread. */
public final class QueryOnFxThreadException extends IllegalStateException {
    QueryOnFxThreadException(String sql) {
        super("Database query on the JavaFX application thread (run it through the TaskRunner): " + sql);
    }
}
