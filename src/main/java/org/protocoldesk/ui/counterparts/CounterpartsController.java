package org.protocoldesk.ui.counterparts;

import java.util.Optional;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.util.Duration;
import org.protocoldesk.model.Country;
import org.protocoldesk.model.CounterpartSummary;
import org.protocoldesk.model.Organisation;
import org.protocoldesk.model.OrganisationSummary;
import org.protocoldesk.model.Person;
import org.protocoldesk.service.CounterpartService;
import org.protocoldesk.service.CountryService;
import org.protocoldesk.service.OrganisationService;
import org.protocoldesk.service.TaskRunner;
import org.protocoldesk.ui.common.Dialogs;
import org.protocoldesk.ui.common.ListController;
import org.protocoldesk.ui.form.Choices;
import org.protocoldesk.ui.form.PendingDelete;

/**
 * Loads the counterparts into their screen and edits the one selected in the pane beside: New, Save, Cancel and
 * Delete (undoable for a few seconds). The list reloads after a save or delete and keeps the record selected.
 */
public final class CounterpartsController extends ListController<CounterpartSummary> {
    private final CounterpartsView view;
    private final TaskRunner tasks;
    private final Dialogs dialogs;
    private final CounterpartService counterparts;
    private final CountryService countryService;
    private final OrganisationService organisationService;
    private final Choices<String, Country> countries = new Choices<>(Country::code);
    private final Choices<Long, Organisation> organisations = new Choices<>(Organisation::id);
    private final CounterpartForm form;
    private final PendingDelete pendingDelete = new PendingDelete(Duration.seconds(6));
    private Long toSelect;

    public CounterpartsController(CounterpartsView view, TaskRunner tasks, Dialogs dialogs,
                                  CounterpartService counterparts, CountryService countries,
                                  OrganisationService organisations) {
        super(view, tasks, counterparts::counterparts);
        this.view = view;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.counterparts = counterparts;
        this.countryService = countries;
        this.organisationService = organisations;
        form = new CounterpartForm(tasks, dialogs, counterparts, this.countries, this.organisations);
        CounterpartPane pane = new CounterpartPane(form);
        view.showEditor(pane.node());
        pane.node().installShortcuts(view);
        pane.node().offerUndo(pendingDelete, view);
        pane.node().setOnNew(this::startNew);
        pane.node().setOnDelete(this::delete);
        pane.setOnPhotoFile(file -> tasks.read(() -> PhotoFiles.readScaled(file), form.photo::set,
                failure -> dialogs.failure("The photo could not be used", failure)));
        form.setOnSaved(saved -> {
            toSelect = saved.id();
            super.refresh();
        });
        view.table().getSelectionModel().selectedItemProperty().addListener((p, was, now) -> {
            if (now != null && (form.getRecord() == null || form.getRecord().id() != now.id())) {
                open(now.id());
            }
        });
        view.rows().all().addListener((ListChangeListener<CounterpartSummary>) c -> selectPending());
        form.load(null);
    }

    @Override
    public void refresh() {
        countries.load(tasks, countryService::countries, () -> { });
        organisations.load(tasks, () -> organisationService.summaries().stream()
                .map(OrganisationSummary::organisation).toList(), () -> { });
        super.refresh();
    }

    /** Shows the counterpart in the pane (after asking, if the one shown has changes not saved). */
    public void open(long id) {
        if (!mayLeave()) {
            return;
        }
        tasks.read(() -> counterparts.find(id), found -> found.ifPresent(form::load),
                failure -> dialogs.failure("The counterpart could not be read", failure));
    }

    private void startNew() {
        if (!mayLeave()) {
            return;
        }
        view.table().getSelectionModel().clearSelection();
        form.load(null);
        Platform.runLater(() -> Optional.ofNullable(view.lookup("#counterpart-full-name"))
                .ifPresent(Node::requestFocus));
    }

    private boolean mayLeave() {
        return !form.isDirty() || dialogs.confirm("Drop the changes?",
                "The changes to " + form.title().get() + " are not saved.", "Drop the changes");
    }

    private void delete() {
        Person person = form.getRecord();
        if (person == null || !dialogs.confirm("Delete " + person.fullName() + "?",
                "Their posts, other spellings, languages and gifts are deleted with them. Meetings, delegations, "
                        + "invitations and documents that name them stay, without them.\n\n"
                        + "You can undo this for a few seconds.", "Delete")) {
            return;
        }
        long id = person.id();
        view.rows().setHidden(row -> row.id() == id);
        form.load(null);
        pendingDelete.start(person.fullName(), () -> tasks.write(() -> {
            counterparts.delete(id);
            return id;
        }, deleted -> {
            view.rows().setHidden(row -> false);
            super.refresh();
        }, failure -> {
            view.rows().setHidden(row -> false);
            dialogs.failure("The counterpart could not be deleted", failure);
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
        view.table().getItems().stream().filter(row -> row.id() == wanted).findFirst().ifPresent(row -> {
            toSelect = null;
            view.table().getSelectionModel().select(row);
            view.table().scrollTo(row);
        });
    }
}
