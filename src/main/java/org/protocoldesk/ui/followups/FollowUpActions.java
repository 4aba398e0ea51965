package org.protocoldesk.ui.followups;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.protocoldesk.model.FollowUpStatus;
import org.protocoldesk.model.FollowUpSummary;
import org.protocoldesk.service.FollowUpService;
import org.protocoldesk.service.TaskRunner;
import org.protocoldesk.ui.common.Dialogs;
import org.protocoldesk.ui.form.Checks;
import org.protocoldesk.ui.form.Fields;
import org.protocoldesk.ui.form.FormField;

/**
 * What can be done with the follow-up selected: mark it done on a day (today unless another is typed) or drop it,
 * while it is open. A day that is not one is refused next to its field and nothing is written. FX thread only.
 */
final class FollowUpActions {
    private final TaskRunner tasks;
    private final Dialogs dialogs;
    private final FollowUpService followUps;
    private final Clock clock;
    private final Fields fields = new Fields();
    final FormField<String> doneOn = fields.dateText("done-on", "Done on");
    private final ObjectProperty<FollowUpSummary> selected = new SimpleObjectProperty<>(this, "selected");
    private final BooleanBinding selectedOpen = Bindings.createBooleanBinding(() -> selected.get() != null
            && selected.get().followUp().status() == FollowUpStatus.OPEN, selected);
    private Consumer<Long> onChanged = id -> { };

    FollowUpActions(TaskRunner tasks, Dialogs dialogs, FollowUpService followUps, Clock clock) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.followUps = followUps;
        this.clock = clock;
        resetDay();
    }

    /** The done day starts as today again, e.g. after a day has passed or a follow-up was closed. */
    void resetDay() {
        fields.load(doneOn, Fields.dateText(LocalDate.now(clock)));
    }

    void markDone() {
        FollowUpSummary chosen = selected.get();
        if (!selectedOpen.get()) {
            return;
        }
        Optional<LocalDate> day = Checks.parse(doneOn.get());
        if (day.isEmpty()) {
            doneOn.rejectWith(doneOn.get().isBlank() ? "Required: the day it was done."
                    : Checks.date(doneOn.get()));
            return;
        }
        long id = chosen.followUp().id();
        tasks.write(() -> {
            followUps.markDone(id, day.get());
            return id;
        }, this::changed, failure -> dialogs.failure("The follow-up was not marked done", failure));
    }

    void drop() {
        FollowUpSummary chosen = selected.get();
        if (!selectedOpen.get() || !dialogs.confirm("Drop this follow-up?", "“" + chosen.followUp().text()
                + "” will be kept as dropped: nobody will do it.", "Drop")) {
            return;
        }
        long id = chosen.followUp().id();
        tasks.write(() -> {
            followUps.drop(id);
            return id;
        }, this::changed, failure -> dialogs.failure("The follow-up was not dropped", failure));
    }

    private void changed(long id) {
        resetDay();
        onChanged.accept(id);
    }

    /** What to do once a follow-up was closed: reload the list and whatever else shows follow-ups. */
    void setOnChanged(Consumer<Long> changed) {
        this.onChanged = changed;
    }

    ObjectProperty<FollowUpSummary> selectedProperty() {
        return selected;
    }

    /** True while the follow-up selected is open: it can be marked done or dropped. */
    BooleanBinding selectedOpen() {
        return selectedOpen;
    }
}
