package org.protocoldesk.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.protocoldesk.model.FollowUp;
import org.protocoldesk.model.FollowUpStatus;
import org.protocoldesk.model.FollowUpSummary;
import org.protocoldesk.model.Page;
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

    /** A page of the follow-ups in {@code status}, all when null, as the Follow-ups screen lists them. */
    public List<FollowUpSummary> inStatus(FollowUpStatus status, Page page) {
        return data.read(s -> s.followUps().inStatus(status, page));
    }

    public Optional<FollowUpSummary> summary(long id) {
        return data.read(s -> s.followUps().summary(id));
    }

    public FollowUp add(FollowUp followUp) {
        return data.write(s -> s.followUps().insert(followUp));
    }

    public Optional<FollowUp> find(long id) {
        return data.read(s -> s.followUps().find(id));
    }

    /** Marks the open follow-up done on {@code day}; one already done or dropped is refused. */
    public void markDone(long id, LocalDate day) {
        if (day == null) {
            throw new InvalidEntryException(List.of(new FieldError("doneOn", Problem.REQUIRED)));
        }
        close(id, followUp -> followUp.doneOn(day));
    }

    /** Drops the open follow-up; one already done or dropped is refused. */
    public void drop(long id) {
        close(id, FollowUp::dropped);
    }

    private void close(long id, UnaryOperator<FollowUp> change) {
        data.writeAll(s -> {
            FollowUp followUp = s.followUps().find(id)
                    .orElseThrow(() -> new IllegalArgumentException("No follow-up " + id));
            if (followUp.status() != FollowUpStatus.OPEN) {
                throw new IllegalStateException("The follow-up is already " + followUp.status());
            }
            s.followUps().update(change.apply(followUp));
        });
    }
}
