package org.protocoldesk.service;

import java.util.List;
import org.protocoldesk.model.MeetingDraft;
import org.protocoldesk.store.DataStore;

/**
 * Drafts of the Log meeting form, written as they are typed so that a crash loses nothing; several may wait.
 * Methods block: call them through the {@link TaskRunner}'s writer, which keeps the versions of a draft in order.
 */
public final class DraftService {
    private final DataStore data;

    public DraftService(DataStore data) {
        this.data = data;
    }

    public void save(MeetingDraft draft) {
        data.writeAll(s -> s.drafts().save(draft));
    }

    public void discard(String key) {
        data.writeAll(s -> s.drafts().delete(key));
    }

    /** The drafts waiting to be restored, the most recent first. */
    public List<MeetingDraft> waiting() {
        return data.read(s -> s.drafts().all());
    }
}
