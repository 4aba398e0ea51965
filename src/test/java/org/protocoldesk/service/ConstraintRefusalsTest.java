package org.protocoldesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.protocoldesk.store.generated.Tables.ORGANISATION;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.protocoldesk.model.InvalidRecordException;
import org.protocoldesk.model.Organisation;
import org.protocoldesk.model.OrganisationKind;
import org.protocoldesk.model.Person;
import org.protocoldesk.model.Side;
import org.protocoldesk.store.ConstraintViolationException;
import org.protocoldesk.store.StoreTestSupport;

/** A rule of the schema that a save breaks comes back as the field at fault, on a real database. */
class ConstraintRefusalsTest extends StoreTestSupport {

    @Test
    void aUniqueRuleBrokenByASpellingListedTwiceIsBlamedOnTheOtherSpellings() {
        CounterpartService counterparts = new CounterpartService(data);
        Person twice = Person.builder(Side.THEIRS, "Kamran Əliyev")
                .otherSpellings(List.of("Kamran Aliyev", "Kamran Aliyev")).build();

        assertThatThrownBy(() -> counterparts.add(twice)).isInstanceOf(InvalidRecordException.class)
                .hasMessage("other spellings is already recorded")
                .hasCauseInstanceOf(ConstraintViolationException.class);
        assertThat(count("person")).isZero();
    }

    @Test
    void aCheckRuleBrokenIsBlamedOnTheFieldOfItsColumn() {
        Refusals refusals = new Refusals(Map.of("name", "organisation name"));

        // A blank name never gets past the record's own check: only a write that bypasses it reaches the CHECK.
        assertThatThrownBy(() -> refusals.translated(() -> data.writeAll(s -> s.dsl().insertInto(ORGANISATION)
                .set(ORGANISATION.NAME, "  ").set(ORGANISATION.KIND, OrganisationKind.MINISTRY)
                .set(ORGANISATION.SORT_KEY, "").execute())))
                .isInstanceOf(InvalidRecordException.class)
                .hasMessage("organisation name is not a value the registry accepts");
        assertThat(count("organisation")).isZero();
    }

    @Test
    void anOrganisationInACountryNotInTheRegistryIsBlamedOnTheCountry() {
        OrganisationService organisations = new OrganisationService(data);

        assertThatThrownBy(() -> organisations.add(new Organisation(null, "Ministry of Justice", null,
                OrganisationKind.MINISTRY, "XX", null)))
                .isInstanceOfSatisfying(InvalidRecordException.class, refused -> {
                    assertThat(refused.field()).isEqualTo("country");
                    assertThat(refused.getMessage()).isEqualTo("country is not in the registry");
                });
        assertThat(count("organisation")).isZero();
    }

    @Test
    void aRuleOnAColumnNoFieldShowsStaysARefusalNamingTheRuleAndItsColumn() {
        Refusals refusals = new Refusals(Map.of());

        assertThatThrownBy(() -> refusals.translated(() -> data.writeAll(s -> s.dsl().insertInto(ORGANISATION)
                .set(ORGANISATION.NAME, "  ").set(ORGANISATION.KIND, OrganisationKind.MINISTRY)
                .set(ORGANISATION.SORT_KEY, "").execute())))
                .isInstanceOfSatisfying(ConstraintViolationException.class, broken -> {
                    assertThat(broken.rule()).isEqualTo(ConstraintViolationException.Rule.CHECK);
                    assertThat(broken.columns()).containsExactly("name");
                });
    }
}
