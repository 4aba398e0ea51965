package org.protocoldesk.ui.organisations;

import org.protocoldesk.model.OrganisationSummary;
import org.protocoldesk.service.OrganisationService;
import org.protocoldesk.service.TaskRunner;
import org.protocoldesk.ui.common.ListController;

/** Loads the organisations into their screen. */
public final class OrganisationsController extends ListController<OrganisationSummary> {

    public OrganisationsController(OrganisationsView view, TaskRunner tasks, OrganisationService organisations) {
        super(view, tasks, organisations::summaries);
    }
}
