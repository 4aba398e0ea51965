package org.protocoldesk.ui.organisations;

import java.util.Optional;
import java.util.function.LongConsumer;
import org.protocoldesk.model.Organisation;
import org.protocoldesk.model.OrganisationSummary;
import org.protocoldesk.service.OrganisationService;
import org.protocoldesk.service.TaskRunner;
import org.protocoldesk.ui.common.Dialogs;
import org.protocoldesk.ui.form.EditingListController;

/** Loads the organisations into their screen and edits the one selected in the pane beside it. */
public final class OrganisationsController extends EditingListController<OrganisationSummary, Organisation> {
    private final OrganisationService organisations;

    public OrganisationsController(OrganisationsView view, TaskRunner tasks, Dialogs dialogs,
                                   OrganisationService organisations, OrganisationForm form, LongConsumer openPerson) {
        this(view, tasks, dialogs, organisations, form, new OrganisationPane(form, openPerson));
    }

    private OrganisationsController(OrganisationsView view, TaskRunner tasks, Dialogs dialogs,
                                    OrganisationService organisations, OrganisationForm form, OrganisationPane pane) {
        super(view, tasks, dialogs, organisations::summaries, form, pane.node(),
                (OrganisationSummary row) -> row.organisation().id(), Organisation::id);
        this.organisations = organisations;
        view.showEditor(pane.node());
    }

    // Deleting an organisation waits for the store's delete with its impact (what links to it): issue 5, records-store.
    @Override
    protected boolean canDelete() {
        return false;
    }

    @Override
    protected Optional<Organisation> find(long id) {
        return organisations.find(id);
    }

    @Override
    protected void delete(long id) {
        throw new UnsupportedOperationException("organisations cannot be deleted yet");
    }

    @Override
    protected String nameOf(Organisation organisation) {
        return organisation.name();
    }

    @Override
    protected String deleteConsequences(Organisation organisation) {
        return "";
    }

    @Override
    protected String firstFieldId() {
        return "organisation-name";
    }
}
