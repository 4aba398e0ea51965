package org.protocoldesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protocoldesk.model.Country;
import org.protocoldesk.model.Document;
import org.protocoldesk.model.DocumentKind;
import org.protocoldesk.model.DocumentParty;
import org.protocoldesk.model.DocumentStatus;
import org.protocoldesk.model.DocumentSummary;
import org.protocoldesk.model.Organisation;
import org.protocoldesk.model.OrganisationKind;

class DocumentStoreTest extends StoreTestSupport {
    private static final String FIFTH_ECO_MEETING =
            "5th Meeting of the Attorneys/Prosecutors General of the ECO Member States";
    private static final LocalDate MAY_16 = LocalDate.of(2024, 5, 16);

    private long eco;
    private long eventId;

    @BeforeEach
    void referencedRows() {
        data.writeAll(s -> {
            s.countries().save(new Country("TJ", "Tajikistan"));
            s.countries().save(new Country("TR", "Türkiye"));
            eco = s.organisations().insert(new Organisation(null, "Economic Cooperation Organization", "ECO",
                    OrganisationKind.INTERNATIONAL_ORGANISATION, null, null)).id();
            eventId = ReferencedRows.event(s, FIFTH_ECO_MEETING, MAY_16, MAY_16);
        });
    }

    @Test
    void everyFieldSurvivesARoundTripWithThePartiesInOrder() {
        Document written = new Document(null, DocumentKind.PLAN,
                "Plan of Interaction among the Offices of the Attorneys/Prosecutors General of the ECO Member States",
                DocumentStatus.ADOPTED, MAY_16, "Dushanbe", MAY_16, LocalDate.of(2026, 5, 15), null, eventId,
                "Adopted at the 5th meeting — «Душанбе»",
                List.of(new DocumentParty(null, "TR", null), new DocumentParty(eco, null, null),
                        new DocumentParty(null, null, "Offices of the Attorneys/Prosecutors General")));
        Document stored = data.write(s -> s.documents().insert(written));
        assertThat(stored.id()).isNotNull();
        assertThat(data.read((Stores s) -> s.documents().find(stored.id()))).contains(stored);
    }

    @Test
    void anUpdateChangesTheFieldsAndReplacesTheParties() {
        Document stored = data.write(s -> s.documents().insert(declaration(MAY_16,
                List.of(new DocumentParty(eco, null, null), new DocumentParty(null, "TJ", null)))));
        Document changed = new Document(stored.id(), DocumentKind.DECLARATION, "Dushanbe Declaration",
                DocumentStatus.SIGNED, MAY_16.plusDays(1), "Dushanbe", null, null, null, null, "Corrected",
                List.of(new DocumentParty(null, "TR", null)));
        data.writeAll(s -> s.documents().update(changed));
        assertThat(data.read((Stores s) -> s.documents().find(stored.id()))).contains(changed);
    }

    @Test
    void summariesListTheNewestConcludedFirstAndUndatedLast() {
        data.writeAll(s -> {
            s.documents().insert(declaration(null, List.of()));
            s.documents().insert(declaration(LocalDate.of(2023, 9, 15), List.of()));
            s.documents().insert(declaration(MAY_16, List.of()));
        });
        assertThat(data.read((Stores s) -> s.documents().summaries())).extracting(DocumentSummary::concludedOn)
                .containsExactly(MAY_16, LocalDate.of(2023, 9, 15), null);
    }

    @Test
    void aSummaryCarriesTheNameOfTheEventItWasAdoptedAt() {
        Document stored = data.write(s -> s.documents().insert(new Document(null, DocumentKind.DECLARATION,
                "Dushanbe Declaration", DocumentStatus.ADOPTED, MAY_16, "Dushanbe", null, null, null, eventId, null,
                List.of())));
        assertThat(data.read((Stores s) -> s.documents().summaries())).containsExactly(new DocumentSummary(
                stored.id(), DocumentKind.DECLARATION, "Dushanbe Declaration", DocumentStatus.ADOPTED, MAY_16,
                "Dushanbe", FIFTH_ECO_MEETING));
    }

    @Test
    void anUnknownOrganisationAsPartyIsRefusedAndNothingIsStored() {
        assertThatThrownBy(() -> data.write(s -> s.documents().insert(declaration(MAY_16,
                List.of(new DocumentParty(999L, null, null))))))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("FOREIGN KEY");
        assertThat(count("document") + count("document_party")).isZero();
    }

    @Test
    void theDatabaseRefusesAPartyWithNeitherOrganisationCountryNorName() {
        long documentId = data.write(s -> s.documents().insert(declaration(MAY_16, List.of()))).id();
        assertThatThrownBy(() -> data.writeAll(s -> s.dsl().execute(
                "INSERT INTO document_party (document_id, position, name) VALUES (" + documentId + ", 1, ' ')")))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("CHECK");
        assertThat(count("document_party")).isZero();
    }

    @Test
    void theDatabaseRefusesAStatusOutsideTheList() {
        assertThatThrownBy(() -> data.writeAll(s -> s.dsl().execute(
                "INSERT INTO document (kind, title, status) VALUES ('declaration', 'Dushanbe Declaration', 'lost')")))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("CHECK");
        assertThat(count("document")).isZero();
    }

    private static Document declaration(LocalDate concludedOn, List<DocumentParty> parties) {
        return new Document(null, DocumentKind.DECLARATION, "Declaration", DocumentStatus.ADOPTED, concludedOn, null,
                null, null, null, null, null, parties);
    }
}
