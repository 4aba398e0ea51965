package org.protocoldesk.store;

import static org.protocoldesk.store.generated.Tables.COUNTRY;
import static org.protocoldesk.store.generated.Tables.ORGANISATION;

import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.SelectField;
import org.jooq.impl.DSL;
import org.protocoldesk.model.Organisation;
import org.protocoldesk.model.OrganisationSummary;
import org.protocoldesk.model.SortKey;
import org.protocoldesk.store.generated.tables.records.OrganisationRecord;

public final class OrganisationStore {
    static final SelectField<Organisation> ORGANISATION_MODEL = DSL.row(ORGANISATION.ID, ORGANISATION.NAME,
            ORGANISATION.SHORT_NAME, ORGANISATION.KIND, ORGANISATION.COUNTRY_CODE, ORGANISATION.NOTES)
            .mapping(Organisation::new);

    private final DSLContext tx;

    OrganisationStore(DSLContext tx) {
        this.tx = tx;
    }

    public Organisation insert(Organisation organisation) {
        OrganisationRecord record = tx.newRecord(ORGANISATION);
        fill(record, organisation);
        record.store();
        return organisation.withId(record.getId());
    }

    public void update(Organisation organisation) {
        OrganisationRecord record = tx.fetchSingle(ORGANISATION, ORGANISATION.ID.eq(organisation.id()));
        fill(record, organisation);
        record.store();
    }

    public Optional<Organisation> find(long id) {
        return tx.select(ORGANISATION_MODEL).from(ORGANISATION).where(ORGANISATION.ID.eq(id)).fetchOptional(Records.mapping(o -> o));
    }

    /** Deletes the organisation; posts, events and invitations that name it keep their rows, unlinked (invitations keep its name), and documents lose it as a party. */
    public void delete(long id) {
        tx.deleteFrom(ORGANISATION).where(ORGANISATION.ID.eq(id)).execute();
    }

    /** All organisations by name, accent-insensitively, with the name of their country. */
    public List<OrganisationSummary> summaries() {
        return tx.select(ORGANISATION_MODEL, COUNTRY.NAME)
                .from(ORGANISATION)
                .leftJoin(COUNTRY).on(COUNTRY.CODE.eq(ORGANISATION.COUNTRY_CODE))
                .orderBy(ORGANISATION.SORT_KEY)
                .fetch(Records.mapping(OrganisationSummary::new));
    }

    private static void fill(OrganisationRecord record, Organisation organisation) {
        record.setName(organisation.name());
        record.setShortName(organisation.shortName());
        record.setKind(organisation.kind());
        record.setCountryCode(organisation.countryCode());
        record.setNotes(organisation.notes());
        record.setSortKey(SortKey.of(organisation.name()));
    }

}
