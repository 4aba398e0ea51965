package org.protocoldesk.service;

import java.util.List;
import org.protocoldesk.model.RecordKind;
import org.protocoldesk.model.RecordLink;
import org.protocoldesk.store.DataStore;

/**
 * What links to a record (its pane lists them, each opening that record) and what deleting it does to each, told
 * before the delete. Methods block: call them through the {@link TaskRunner}.
 */
public final class LinkService {
    private final DataStore data;

    public LinkService(DataStore data) {
        this.data = data;
    }

    public List<RecordLink> linksTo(RecordKind kind, long id) {
        return data.read(s -> s.links().linksTo(kind, id));
    }
}
