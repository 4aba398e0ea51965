package org.protocoldesk.service;

import org.protocoldesk.model.RecordKind;

/**
 * Told by the services, after a write has been committed, which record changed (added, edited or deleted), so that
 * a screen refreshes only the rows concerned. Called on the writer's thread: a screen hops to the FX thread itself.
 */
@FunctionalInterface
public interface DataChanges {
    DataChanges NONE = (kind, id) -> { };

    void changed(RecordKind kind, long id);
}
