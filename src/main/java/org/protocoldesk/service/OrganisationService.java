package org.protocoldesk.service;

import java.util.List;
import java.util.Optional;
import org.protocoldesk.model.Organisation;
import org.protocoldesk.model.OrganisationSummary;
import org.protocoldesk.model.SortKey;
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

    /**
     * Other organisations that look like this one: the same name or short name, ignoring accents and case.
     * A thin stand-in over the summaries until the store's duplicate detection lands.
     */
    public List<OrganisationSummary> lookalikes(Organisation organisation) {
        String name = SortKey.of(organisation.name());
        return summaries().stream()
                .filter(o -> !o.organisation().id().equals(organisation.id()))
                .filter(o -> SortKey.of(o.organisation().name()).equals(name))
                .toList();
    }

    public Optional<Organisation> find(long id) {
        return data.read(s -> s.organisations().find(id));
    }

    /** Adds the organisation when it has no id yet, else stores its changes; returns it as stored. */
    public Organisation save(Organisation organisation) {
        if (organisation.id() == null) {
            return add(organisation);
        }
        data.writeAll(s -> s.organisations().update(organisation));
        return organisation;
    }
}
