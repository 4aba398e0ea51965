package org.protocoldesk.ui.meetinglog;

import static org.protocoldesk.ui.form.Fields.textOrNull;

import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import org.protocoldesk.model.FollowUpEntry;
import org.protocoldesk.model.Party;
import org.protocoldesk.model.PersonChoice;
import org.protocoldesk.ui.form.Checks;
import org.protocoldesk.ui.form.Fields;
import org.protocoldesk.ui.form.FormField;

/** One follow-up of the meeting being logged: the action, who owes it, its owner (either side, optional), when due. */
final class FollowUpRow {
    private final BooleanProperty active = new SimpleBooleanProperty(true);
    private Long followUpId;

    final FormField<String> action;
    final FormField<Party> owedBy;
    final FormField<PersonChoice> owner;
    final FormField<String> due;

    FollowUpRow(Fields fields, String key, ObservableValue<String> meetingDate) {
        action = fields.text(key + "-action", "Action");
        action.check(() -> active.get() ? Checks.required(action.get()) : null, active);
        owedBy = fields.choice(key + "-owed-by", "Owed by");
        owedBy.check(() -> active.get() ? Checks.requiredChoice(owedBy.get()) : null, active);
        owner = fields.choice(key + "-owner", "Owner");
        due = fields.dateText(key + "-due", "Due");
        due.check(() -> active.get()
                ? MeetingChecks.notBefore(meetingDate, due.get(), "Due before the meeting") : null, meetingDate, active);
    }

    static FormSnapshot.FollowUp snapshotOf(FollowUpEntry entry) {
        return new FormSnapshot.FollowUp(entry.followUpId(), entry.action(), entry.owedBy(), entry.ownerPersonId(),
                Checks.format(entry.due()));
    }

    FormSnapshot.FollowUp snapshot() {
        return new FormSnapshot.FollowUp(followUpId, action.get(), owedBy.get(),
                owner.get() == null ? null : owner.get().id(), due.get());
    }

    void apply(FormSnapshot.FollowUp s, Function<Long, PersonChoice> person, Putter put) {
        followUpId = s.followUpId();
        put.put(action, s.action());
        put.put(owedBy, s.owedBy());
        put.put(owner, person.apply(s.ownerId()));
        put.put(due, s.due());
    }

    FollowUpEntry build() {
        return new FollowUpEntry(followUpId, textOrNull(action), owedBy.get(),
                owner.get() == null ? null : owner.get().id(), Checks.parse(due.get()).orElse(null));
    }

    void remove() {
        active.set(false);
    }

    boolean isActive() {
        return active.get();
    }
}
