package org.protocoldesk.service;

import java.util.List;
import org.protocoldesk.model.Organisation;
import org.protocoldesk.model.OrganisationSummary;
import org.protocoldesk.store.DataStore;

/** The registry of organisations. Methods block: call them through the {@link TaskRunner}. */
public final class OrganisationService {
    private final DataStore data;

    public OrganisationService(DataStore data) {
        this.data = data;
    }

    public List<OrganisationSummary> summaries() {
        return data.read(s -> s.organisations().summaries());
    }

    public Organisation add(Organisation organisation) {
        return data.write(s -> s.organisations().insert(organisation));
    }
}
