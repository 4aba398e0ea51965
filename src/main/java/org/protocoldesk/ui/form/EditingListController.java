package org.protocoldesk.ui.form;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.util.Duration;
import org.protocoldesk.model.RecordKind;
import org.protocoldesk.model.RecordLink;
import org.protocoldesk.service.LinkService;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.protocoldesk.service.TaskRunner;
import org.protocoldesk.ui.common.DeleteConsequences;
import org.protocoldesk.ui.common.Dialogs;
import org.protocoldesk.ui.common.ListController;
import org.protocoldesk.ui.common.ListScreen;
import org.protocoldesk.ui.common.PagedQuery;

/**
 * A list screen whose selected row is edited in a {@link RecordPane} beside it: selecting a row reads the record
 * and loads it into the form (after asking, if the form holds changes not saved); New empties the form; a save
 * reloads the list and selects the record; Delete reads what links to the record, asks (saying what happens to
 * each of those), hides the row and writes the delete once it can no longer be undone. {@code S} is the row of the list, {@code R} the record edited.
 */
public abstract class EditingListController<S, R> extends ListController<S> {
    private final ListScreen<S> view;
    private final TaskRunner tasks;
    private final Dialogs dialogs;
    private final FormViewModel<R> form;
    private final RecordPane pane;
    private final ToLongFunction<? super S> rowId;
    private final Function<? super R, Long> recordId;
    private final PendingDelete pendingDelete = new PendingDelete(Duration.seconds(6));
    private Long toSelect;
    private LinkService links;

    protected EditingListController(ListScreen<S> view, TaskRunner tasks, Dialogs dialogs, PagedQuery<S> query,
                                    FormViewModel<R> form, RecordPane pane,
                                    ToLongFunction<? super S> rowId, Function<? super R, Long> recordId) {
        super(view, tasks, query);
        this.view = view;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.form = form;
        this.rowId = rowId;
        this.recordId = recordId;
        this.pane = pane;
        connect(pane);
    }

    private void connect(RecordPane pane) {
        pane.installShortcuts(view);
        pane.offerUndo(pendingDelete, view);
        pane.setOnNew(this::startNew);
        pane.setOnDelete(this::delete);
        form.setOnSaved(saved -> {
            toSelect = recordId.apply(saved);
            refresh();
        });
        view.table().getSelectionModel().selectedItemProperty().addListener((p, was, now) -> {
            if (now != null && (form.getRecord() == null
                    || recordId.apply(form.getRecord()) != rowId.applyAsLong(now))) {
                open(rowId.applyAsLong(now));
            }
        });
        // After the change has reached the filtered and sorted lists: selecting during it corrupts the selection.
        view.rows().all().addListener((ListChangeListener<S>) change -> Platform.runLater(this::selectPending));
        form.load(null);
    }

    /** Reads the record (blocks; runs on a reader). */
    protected abstract Optional<R> find(long id) throws Exception;

    /** Deletes the record (blocks; runs on the writer). */
    protected abstract void delete(long id) throws Exception;

    /** The record's name, e.g. in "Delete Kamran Aliyev?". */
    protected abstract String nameOf(R record);

    /** What is deleted with the record (its own parts), for the confirmation; empty if nothing is. */
    protected abstract String deleteConsequences(R record);

    /** The kind of record edited here: the confirmation of a delete words what happens to dependants by it. */
    protected abstract RecordKind kind();

    /**
     * From now on, the confirmation of a delete lists the records that link to the one deleted (read through
     * {@code links}) and what happens to each.
     */
    protected final void tellDependantsThrough(LinkService links) {
        this.links = links;
    }

    /** The id of the control that gets the focus when New is pressed. */
    protected abstract String firstFieldId();

    /** Shows the record in the pane (after asking, if the one shown has changes not saved). */
    /** Adds a button about the record shown to its pane: {@code action} gets that record. */
    public final void addRecordCommand(String id, String text, Ikon icon, Consumer<? super R> action) {
        Button command = new Button(text, new FontIcon(icon));
        command.setId(id);
        command.setOnAction(event -> action.accept(form.getRecord()));
        pane.addRecordCommand(command);
    }

    /** Says in the pane what a record command did. */
    public final void tell(String text) {
        pane.tell(text);
    }

    public final void open(long id) {
        if (!mayLeave()) {
            return;
        }
        tasks.read(() -> find(id), found -> found.ifPresent(record -> {
            form.load(record);
            toSelect = id;
            selectPending();
        }), failure -> dialogs.failure("The record could not be read", failure));
    }

    private void startNew() {
        if (!mayLeave()) {
            return;
        }
        view.table().getSelectionModel().clearSelection();
        form.load(null);
        Platform.runLater(() -> Optional.ofNullable(view.lookup("#" + firstFieldId())).ifPresent(Node::requestFocus));
    }

    private boolean mayLeave() {
        return !form.isDirty() || dialogs.confirm("Drop the changes?",
                "The changes made in the form are not saved.", "Drop the changes");
    }

    private void delete() {
        R record = form.getRecord();
        if (record == null) {
            return;
        }
        long id = recordId.apply(record);
        RecordKind kind = kind();
        tasks.read(() -> links == null ? null : links.linksTo(kind, id), found -> confirmDelete(record, id, found),
                failure -> dialogs.failure("What links to " + nameOf(record) + " could not be read", failure));
    }

    private void confirmDelete(R record, long id, List<RecordLink> dependants) {
        if (form.getRecord() != record || !dialogs.confirm("Delete " + nameOf(record) + "?",
                DeleteConsequences.describe(kind(), nameOf(record), deleteConsequences(record), dependants)
                        + "\n\nYou can undo this for a few seconds.", "Delete")) {
            return;
        }
        view.rows().setHidden(row -> rowId.applyAsLong(row) == id);
        form.load(null);
        pendingDelete.start(nameOf(record), () -> tasks.write(() -> {
            delete(id);
            return id;
        }, deleted -> {
            view.rows().setHidden(row -> false);
            refresh();
        }, failure -> {
            view.rows().setHidden(row -> false);
            dialogs.failure("Not deleted", failure);
        }), () -> {
            view.rows().setHidden(row -> false);
            toSelect = id;
            selectPending();
        });
    }

    private void selectPending() {
        if (toSelect == null) {
            return;
        }
        long wanted = toSelect;
        view.table().getItems().stream().filter(row -> rowId.applyAsLong(row) == wanted).findFirst().ifPresent(row -> {
            toSelect = null;
            view.table().getSelectionModel().select(row);
            view.table().scrollTo(row);
        });
    }
}
