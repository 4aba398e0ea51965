package org.protocoldesk.ui.organisations;

import org.protocoldesk.service.OrganisationService;
import org.protocoldesk.service.TaskRunner;
import org.protocoldesk.ui.common.Refreshable;

/** Loads the organisations into their screen. */
public final class OrganisationsController implements Refreshable {
    private final OrganisationsView view;
    private final TaskRunner tasks;
    private final OrganisationService organisations;

    public OrganisationsController(OrganisationsView view, TaskRunner tasks, OrganisationService organisations) {
        this.view = view;
        this.tasks = tasks;
        this.organisations = organisations;
        view.setOnRetry(this::refresh);
    }

    @Override
    public void refresh() {
        view.rows().load(tasks, organisations::summaries);
    }
}
