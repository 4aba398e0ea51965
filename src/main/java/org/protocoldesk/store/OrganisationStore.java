package org.protocoldesk.store;

import static org.protocoldesk.store.generated.Tables.COUNTRY;
import static org.protocoldesk.store.generated.Tables.INVITATION;
import static org.protocoldesk.store.generated.Tables.ORGANISATION;
import static org.protocoldesk.store.generated.Tables.POST;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.SelectField;
import org.jooq.impl.DSL;
import org.protocoldesk.model.Organisation;
import org.protocoldesk.model.OrganisationSummary;
import org.protocoldesk.model.Page;
import org.protocoldesk.model.SortKey;
import org.protocoldesk.model.RecordKind;
import org.protocoldesk.store.generated.tables.records.OrganisationRecord;

public final class OrganisationStore {
    static final SelectField<Organisation> ORGANISATION_MODEL = DSL.row(ORGANISATION.ID, ORGANISATION.NAME,
            ORGANISATION.SHORT_NAME, ORGANISATION.KIND, ORGANISATION.COUNTRY_CODE, ORGANISATION.NOTES)
            .mapping(Organisation::new);

    private final DSLContext tx;
    private final SearchIndex index;

    OrganisationStore(DSLContext tx) {
        this.tx = tx;
        this.index = new SearchIndex(tx);
    }

    public Organisation insert(Organisation organisation) {
        OrganisationRecord record = tx.newRecord(ORGANISATION);
        fill(record, organisation);
        record.store();
        index.refresh(RecordKind.ORGANISATION, record.getId());
        return organisation.withId(record.getId());
    }

    public void update(Organisation organisation) {
        OrganisationRecord record = tx.fetchSingle(ORGANISATION, ORGANISATION.ID.eq(organisation.id()));
        fill(record, organisation);
        record.store();
        index.refresh(RecordKind.ORGANISATION, organisation.id());
        postHolders(organisation.id()).forEach(personId -> index.refresh(RecordKind.COUNTERPART, personId));
    }

    /** The people with posts there: their search entries hold its name. */
    private List<Long> postHolders(long id) {
        return tx.selectDistinct(POST.PERSON_ID).from(POST).where(POST.ORGANISATION_ID.eq(id)).fetch(POST.PERSON_ID);
    }

    public Optional<Organisation> find(long id) {
        return tx.select(ORGANISATION_MODEL).from(ORGANISATION).where(ORGANISATION.ID.eq(id)).fetchOptional(Records.mapping(o -> o));
    }

    /** Deletes the organisation; posts, events and invitations that name it keep their rows, unlinked (invitations keep its name), and documents lose it as a party. */
    public void delete(long id) {
        List<Long> holders = postHolders(id);
        index.deleteParty(RecordKind.ORGANISATION, id,
                INVITATION.INVITER_ORGANISATION_ID.eq(id).or(INVITATION.INVITEE_ORGANISATION_ID.eq(id)),
                () -> tx.deleteFrom(ORGANISATION).where(ORGANISATION.ID.eq(id)).execute());
        holders.forEach(personId -> index.refresh(RecordKind.COUNTERPART, personId));
    }

    /** All organisations by name, accent-insensitively, with the name of their country. */
    public List<OrganisationSummary> summaries() {
        return summaries(DSL.noCondition(), Page.ALL);
    }

    /** A page of {@link #summaries()}, read in the order of the index on name. */
    public List<OrganisationSummary> summaries(Page page) {
        return summaries(DSL.noCondition(), page);
    }

    /**
     * Organisations that look like {@code organisation} (other than itself): the same name ignoring accents and case,
     * or, in the same country, a short name or name equal to its short name or name, so folded.
     */
    public List<OrganisationSummary> lookalikes(Organisation organisation) {
        Condition others = organisation.id() == null ? DSL.noCondition() : ORGANISATION.ID.ne(organisation.id());
        Condition sameName = ORGANISATION.SORT_KEY.eq(SortKey.of(organisation.name()));
        Condition sameInCountry = DSL.noCondition();
        if (organisation.countryCode() != null) {
            Set<String> names = names(organisation.name(), organisation.shortName());
            List<Long> ids = tx.select(ORGANISATION.ID, ORGANISATION.NAME, ORGANISATION.SHORT_NAME).from(ORGANISATION)
                    .where(ORGANISATION.COUNTRY_CODE.eq(organisation.countryCode()))
                    .fetch().stream()
                    .filter(r -> !Collections.disjoint(names, names(r.value2(), r.value3())))
                    .map(r -> r.value1())
                    .toList();
            sameInCountry = ORGANISATION.ID.in(ids);
        }
        return summaries(others.and(sameName.or(sameInCountry)), Page.ALL);
    }

    private static Set<String> names(String name, String shortName) {
        Set<String> names = new HashSet<>();
        names.add(SortKey.of(name));
        if (shortName != null && !shortName.isBlank()) {
            names.add(SortKey.of(shortName));
        }
        return names;
    }

    private List<OrganisationSummary> summaries(Condition which, Page page) {
        return tx.select(ORGANISATION_MODEL, COUNTRY.NAME)
                .from(ORGANISATION)
                .leftJoin(COUNTRY).on(COUNTRY.CODE.eq(ORGANISATION.COUNTRY_CODE))
                .where(which)
                .orderBy(ORGANISATION.SORT_KEY)
                .limit(page.limit()).offset(page.offset())
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
