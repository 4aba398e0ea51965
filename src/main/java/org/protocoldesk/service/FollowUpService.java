package org.protocoldesk.service;

import java.time.LocalDate;
import java.util.List;
import org.protocoldesk.model.FollowUp;
import org.protocoldesk.model.FollowUpSummary;
import org.protocoldesk.store.DataStore;

/** Follow-up actions owed by us or by them. Methods block: call them through the {@link TaskRunner}. */
public final class FollowUpService {
    private final DataStore data;

    public FollowUpService(DataStore data) {
        this.data = data;
    }

    public List<FollowUpSummary> open() {
        return data.read(s -> s.followUps().open());
    }

    /** The open follow-ups due on or before {@code day}, overdue ones included. */
    public List<FollowUpSummary> dueBy(LocalDate day) {
        return data.read(s -> s.followUps().openDueBy(day));
    }

    public FollowUp add(FollowUp followUp) {
        return data.write(s -> s.followUps().insert(followUp));
    }
}
