package org.protocoldesk.service;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.protocoldesk.model.RecordKind;

/** The one {@link DataChanges} the services are given: passes every notice on to the screens that listen. */
public final class DataChangeListeners implements DataChanges {
    private final List<DataChanges> listeners = new CopyOnWriteArrayList<>();

    public void add(DataChanges listener) {
        listeners.add(listener);
    }

    public void remove(DataChanges listener) {
        listeners.remove(listener);
    }

    @Override
    public void changed(RecordKind kind, long id) {
        for (DataChanges listener : listeners) {
            listener.changed(kind, id);
        }
    }
}
