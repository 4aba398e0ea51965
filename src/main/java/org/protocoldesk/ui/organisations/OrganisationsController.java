package org.protocoldesk.ui.organisations;

import java.util.Optional;
import org.protocoldesk.model.Organisation;
import org.protocoldesk.model.OrganisationSummary;
import org.protocoldesk.model.RecordKind;
import org.protocoldesk.service.LinkService;
import org.protocoldesk.service.OrganisationService;
import org.protocoldesk.service.TaskRunner;
import org.protocoldesk.ui.common.Dialogs;
import org.protocoldesk.ui.common.LinksView;
import org.protocoldesk.ui.common.RecordOpener;
import org.protocoldesk.ui.form.EditingListController;

/** Loads the organisations into their screen and edits the one selected in the pane beside it. */
public final class OrganisationsController extends EditingListController<OrganisationSummary, Organisation> {
    private final OrganisationService organisations;

    public OrganisationsController(OrganisationsView view, TaskRunner tasks, Dialogs dialogs,
                                   OrganisationService organisations, OrganisationForm form, LinkService links,
                                   RecordOpener opener) {
        this(view, tasks, dialogs, organisations, form, links, new OrganisationPane(form,
                // the people with posts here are listed above it, with their posts
                new LinksView("organisation", tasks, links, opener, RecordKind.COUNTERPART),
                person -> opener.open(RecordKind.COUNTERPART, person)));
    }

    private OrganisationsController(OrganisationsView view, TaskRunner tasks, Dialogs dialogs,
                                    OrganisationService organisations, OrganisationForm form, LinkService links,
                                    OrganisationPane pane) {
        super(view, tasks, dialogs, organisations::summaries, form, pane.node(),
                (OrganisationSummary row) -> row.organisation().id(), Organisation::id);
        this.organisations = organisations;
        tellDependantsThrough(links);
        view.showEditor(pane.node());
    }

    @Override
    protected Optional<Organisation> find(long id) {
        return organisations.find(id);
    }

    @Override
    protected void delete(long id) {
        organisations.delete(id);
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
    protected RecordKind kind() {
        return RecordKind.ORGANISATION;
    }

    @Override
    protected String firstFieldId() {
        return "organisation-name";
    }
}
