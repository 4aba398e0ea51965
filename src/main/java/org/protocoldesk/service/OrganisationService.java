package org.protocoldesk.service;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.protocoldesk.model.Organisation;
import org.protocoldesk.model.OrganisationSummary;
import org.protocoldesk.model.Page;
import org.protocoldesk.model.RecordKind;
import org.protocoldesk.store.DataStore;

/** The registry of organisations. Methods block: call them through the {@link TaskRunner}. */
public final class OrganisationService {
    /** The fields, as the organisation form names them, of the columns whose rules a save may break. */
    private static final Refusals REFUSALS = new Refusals(Map.of("name", "organisation name", "short_name",
            "short name", "kind", "organisation kind", "country_code", "country", Refusals.FOREIGN_KEY, "country"));
    private final DataStore data;
    private final DataChanges changes;

    /** A service whose writes nobody listens to (tests, the command line). */
    public OrganisationService(DataStore data) {
        this(data, DataChanges.NONE);
    }

    public OrganisationService(DataStore data, DataChanges changes) {
        this.data = data;
        this.changes = changes;
    }

    public List<OrganisationSummary> summaries() {
        return summaries(Page.ALL);
    }

    public List<OrganisationSummary> summaries(Page page) {
        return data.read(s -> s.organisations().summaries(page));
    }

    public Organisation add(Organisation organisation) {
        Organisation stored = REFUSALS.translated(() -> data.write(s -> s.organisations().insert(organisation)));
        changes.changed(RecordKind.ORGANISATION, stored.id());
        return stored;
    }

    /**
     * Other organisations that look like this one: the same name ignoring accents and case, or in the same country
     * a name or short name equal to its name or short name.
     */
    public List<OrganisationSummary> lookalikes(Organisation organisation) {
        return data.read(s -> s.organisations().lookalikes(organisation));
    }

    /** Deletes the organisation; see {@link LinkService} for what happens to what links to it. */
    public void delete(long id) {
        data.writeAll(s -> s.organisations().delete(id));
        changes.changed(RecordKind.ORGANISATION, id);
    }

    public Optional<Organisation> find(long id) {
        return data.read(s -> s.organisations().find(id));
    }

    /** Adds the organisation when it has no id yet, else stores its changes; returns it as stored. */
    public Organisation save(Organisation organisation) {
        if (organisation.id() == null) {
            return add(organisation);
        }
        REFUSALS.translated(() -> data.writeAll(s -> s.organisations().update(organisation)));
        changes.changed(RecordKind.ORGANISATION, organisation.id());
        return organisation;
    }
}
