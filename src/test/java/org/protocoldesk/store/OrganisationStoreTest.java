package org.protocoldesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protocoldesk.model.Country;
import org.protocoldesk.model.Organisation;
import org.protocoldesk.model.OrganisationKind;

class OrganisationStoreTest extends StoreTestSupport {

    @BeforeEach
    void countries() {
        data.writeAll(s -> {
            s.countries().save(new Country("AZ", "Azerbaijan"));
            s.countries().save(new Country("TR", "Türkiye"));
        });
    }

    @Test
    void everyFieldSurvivesARoundTrip() {
        Organisation written = new Organisation(null, "Əliyev Mərkəzi — Baş Prokurorluq", "BP",
                OrganisationKind.PROSECUTORS_OFFICE, "AZ", "Notes: «quoted», Nowruz");
        Organisation stored = data.write(s -> s.organisations().insert(written));
        assertThat(stored.id()).isNotNull();
        assertThat(data.read((Stores s) -> s.organisations().find(stored.id()))).contains(stored);
    }

    @Test
    void anInternationalBodyHasNoCountry() {
        Organisation eco = data.write(s -> s.organisations().insert(new Organisation(null,
                "Economic Cooperation Organization", "ECO", OrganisationKind.INTERNATIONAL_ORGANISATION, null, null)));
        assertThat(data.read((Stores s) -> s.organisations().find(eco.id())).orElseThrow().countryCode()).isNull();
    }

    @Test
    void anUpdateChangesTheStoredRecord() {
        Organisation stored = data.write(s -> s.organisations().insert(new Organisation(null, "Ministry of Justice",
                null, OrganisationKind.MINISTRY, "TR", null)));
        Organisation renamed = new Organisation(stored.id(), "Ministry of Justice of Türkiye", "MoJ",
                OrganisationKind.MINISTRY, "TR", "seat: Ankara");
        data.writeAll(s -> s.organisations().update(renamed));
        assertThat(data.read((Stores s) -> s.organisations().find(stored.id()))).contains(renamed);
    }

    @Test
    void summariesSortAccentInsensitivelyAndNameTheCountry() {
        data.writeAll(s -> {
            s.organisations().insert(new Organisation(null, "Zeta Office", null, OrganisationKind.OTHER, null, null));
            s.organisations().insert(new Organisation(null, "Ədliyyə Nazirliyi", null, OrganisationKind.MINISTRY, "AZ", null));
            s.organisations().insert(new Organisation(null, "Bureau", null, OrganisationKind.OTHER, "TR", null));
        });
        assertThat(data.read((Stores s) -> s.organisations().summaries()))
                .extracting(o -> o.organisation().name(), o -> o.countryName())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Ədliyyə Nazirliyi", "Azerbaijan"),
                        org.assertj.core.groups.Tuple.tuple("Bureau", "Türkiye"),
                        org.assertj.core.groups.Tuple.tuple("Zeta Office", null));
    }

    @Test
    void anUnknownCountryIsRefusedAndNothingIsStored() {
        assertThatThrownBy(() -> data.write(s -> s.organisations().insert(new Organisation(null, "Nowhere Office",
                null, OrganisationKind.OTHER, "XX", null))))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("FOREIGN KEY");
        assertThat(count("organisation")).isZero();
    }

    @Test
    void theDatabaseRefusesAKindOutsideTheList() {
        assertThatThrownBy(() -> data.writeAll(s -> s.dsl().execute(
                "INSERT INTO organisation (name, kind, sort_key) VALUES ('X', 'club', 'x')")))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("CHECK");
        assertThat(count("organisation")).isZero();
    }

    @Test
    void aFailedWriteRollsBackTheWholeTransaction() {
        assertThatThrownBy(() -> data.writeAll(s -> {
            s.organisations().insert(new Organisation(null, "First", null, OrganisationKind.OTHER, null, null));
            s.organisations().insert(new Organisation(null, "Second", null, OrganisationKind.OTHER, "XX", null));
        })).isInstanceOf(DataAccessException.class);
        assertThat(count("organisation")).isZero();
    }
}
