package org.protocoldesk.ui.form;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.protocoldesk.model.InvalidRecordException;
import org.protocoldesk.service.TaskRunner;
import org.protocoldesk.ui.common.Dialogs;
import org.protocoldesk.ui.common.Problems;

/**
 * The state and commands of a form that edits one record of type {@code R}. It holds no nodes: a view binds its
 * {@link #fields()} and calls {@link #save()} and {@link #cancel()}.
 *
 * <p>{@link #load} is the one place that fills the fields (a subclass's {@link #fill}); {@link #save} shows every
 * field's error at once and goes no further while there is one; otherwise it builds the record, asks about
 * look-alikes (a read on a worker, then a confirmation), and writes it through the task runner's writer. A record
 * that the record's own checks or the database refuse comes back as the message next to the field concerned,
 * or as the form's {@link #problemProperty() problem} when no field is to blame; never as a stack trace.
 * Touch it on the FX thread only.
 */
public abstract class FormViewModel<R> {
    private final Fields fields = new Fields();
    private final TaskRunner tasks;
    private final Dialogs dialogs;
    private final ReadOnlyObjectWrapper<R> record = new ReadOnlyObjectWrapper<>(this, "record");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final BooleanBinding canSave;
    private Consumer<? super R> onSaved = saved -> { };

    protected FormViewModel(TaskRunner tasks, Dialogs dialogs) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        canSave = Bindings.createBooleanBinding(
                () -> !saving.get() && (fields.changedProperty().get() || record.get() == null),
                saving, fields.changedProperty(), record);
    }

    /** Fills every field from {@code loaded}, or empties them for a new record when it is null. */
    protected abstract void fill(R loaded);

    /** The record the fields describe; called only when every field is valid. */
    protected abstract R build(R loaded);

    /** Stores the record (on the writer thread): inserts it when new, else updates it; returns it as stored. */
    protected abstract R write(R built) throws Exception;

    /**
     * Records that look like this one (on a reader thread), described for a confirmation; none by default.
     * A form for a registry where duplicates creep in (people, organisations) overrides it.
     */
    protected List<String> lookalikes(R built) throws Exception {
        return List.of();
    }

    /** Shows {@code loaded} (null: a new, empty record); whatever was typed and not saved is dropped. */
    public final void load(R loaded) {
        problem.set("");
        fill(loaded);
        fields.markLoaded();
        record.set(loaded);
    }

    /** Drops the edits: the fields show the record as loaded again. */
    public final void cancel() {
        load(record.get());
    }

    /**
     * Saves the edits if every field is valid (otherwise shows every error at once and stops). Nothing is written
     * while a field is wrong; the fields are loaded with the stored record when the write is done.
     */
    public final void save() {
        problem.set("");
        if (saving.get() || !fields.revealAll()) {
            return;
        }
        R built;
        try {
            built = build(record.get());
        } catch (InvalidRecordException refused) {
            blame(refused);
            return;
        }
        saving.set(true);
        tasks.read(() -> lookalikes(built), found -> {
            if (found.isEmpty() || confirmLookalikes(found)) {
                tasks.write(() -> write(built), this::saved, this::refused);
            } else {
                saving.set(false);
            }
        }, this::refused);
    }

    private boolean confirmLookalikes(List<String> found) {
        return dialogs.confirm("This looks like a record already kept",
                "Already in the registry:\n• " + String.join("\n• ", found)
                        + "\n\nSave this one as well, as a different record?", "Save anyway");
    }

    private void saved(R stored) {
        saving.set(false);
        load(stored);
        onSaved.accept(stored);
    }

    private void refused(Throwable failure) {
        saving.set(false);
        Optional<InvalidRecordException> invalid = Problems.cause(failure, InvalidRecordException.class);
        if (invalid.isPresent()) {
            blame(invalid.get());
        } else {
            problem.set("Not saved: " + Problems.describe(failure));
        }
    }

    private void blame(InvalidRecordException refused) {
        fields.named(refused.field()).ifPresentOrElse(
                field -> field.rejectWith(sentence(refused)),
                () -> problem.set("Not saved: " + refused.getMessage()));
    }

    /** "full name is required" next to the Full name field reads "Is required." */
    private static String sentence(InvalidRecordException refused) {
        String problemText = refused.getMessage().substring(refused.field().length()).strip();
        return Character.toUpperCase(problemText.charAt(0)) + problemText.substring(1) + ".";
    }

    /** What to do once a save has been stored, e.g. select it in the list. */
    public final void setOnSaved(Consumer<? super R> onSaved) {
        this.onSaved = onSaved;
    }

    public final Fields fields() {
        return fields;
    }

    protected final Dialogs dialogs() {
        return dialogs;
    }

    protected final TaskRunner tasks() {
        return tasks;
    }

    /** The record loaded (as last saved); null while a new one is being written. */
    public final ReadOnlyObjectProperty<R> recordProperty() {
        return record.getReadOnlyProperty();
    }

    public final R getRecord() {
        return record.get();
    }

    public final ReadOnlyBooleanProperty dirtyProperty() {
        return fields.changedProperty();
    }

    public final boolean isDirty() {
        return fields.changedProperty().get();
    }

    /** True while there is something to save and no save is under way. */
    public final BooleanBinding canSaveProperty() {
        return canSave;
    }

    public final ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** A failure that no single field is to blame for, in words; empty when there is none. */
    public final ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
