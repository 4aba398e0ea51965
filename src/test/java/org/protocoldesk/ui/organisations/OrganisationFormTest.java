package org.protocoldesk.ui.organisations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protocoldesk.model.Country;
import org.protocoldesk.model.Organisation;
import org.protocoldesk.model.OrganisationKind;
import org.protocoldesk.model.OrganisationSummary;
import org.protocoldesk.service.CounterpartService;
import org.protocoldesk.service.CountryService;
import org.protocoldesk.service.OrganisationService;
import org.protocoldesk.store.StoreTestSupport;
import org.protocoldesk.ui.common.CurrentThreadTaskRunner;
import org.protocoldesk.ui.common.ScriptedDialogs;
import org.protocoldesk.ui.form.Choices;

/** The form machinery on the organisation form, over a real database, with no UI: tasks run when the test says. */
class OrganisationFormTest extends StoreTestSupport {
    private final CurrentThreadTaskRunner tasks = new CurrentThreadTaskRunner();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private OrganisationService organisations;
    private OrganisationForm form;

    @BeforeEach
    void emptyForm() {
        organisations = new OrganisationService(data);
        data.writeAll(s -> s.countries().save(new Country("AZ", "Azerbaijan")));
        Choices<String, Country> countries = new Choices<>(Country::code);
        countries.load(tasks, new CountryService(data)::countries, () -> { });
        tasks.runAll();
        form = new OrganisationForm(tasks, dialogs, organisations, new CounterpartService(data), countries);
        form.load(null);
    }

    @Test
    void savingShowsEveryFieldErrorAtOnceAndWritesNothing() {
        form.shortName.set("x".repeat(201));

        form.save();
        tasks.runUntilIdle();

        assertThat(form.name.getError()).isEqualTo("Required.");
        assertThat(form.kind.getError()).isEqualTo("Choose one.");
        assertThat(form.shortName.getError()).startsWith("At most 200 characters");
        assertThat(organisations.summaries()).isEmpty();
    }

    @Test
    void aFreshFormShowsNoErrorUntilAFieldIsEditedOrSaved() {
        assertThat(form.name.getError()).isEmpty();

        form.name.set("Prosecutor");
        form.name.set("");

        assertThat(form.name.getError()).isEqualTo("Required.");
        assertThat(form.kind.getError()).isEmpty();
    }

    @Test
    void aSavedOrganisationIsStoredAndTheFormIsCleanAgain() {
        fillValid("Prosecutor General's Office of Azerbaijan");

        form.save();
        tasks.runUntilIdle();

        assertThat(organisations.summaries()).extracting(OrganisationSummary::organisation)
                .containsExactly(form.getRecord());
        assertThat(form.getRecord().countryCode()).isEqualTo("AZ");
        assertThat(form.isDirty()).isFalse();
    }

    @Test
    void nothingIsWrittenBeforeTheWriterRuns() {
        fillValid("Prosecutor General's Office of Azerbaijan");

        form.save();

        assertThat(form.savingProperty().get()).isTrue();
        assertThat(organisations.summaries()).isEmpty();
    }

    @Test
    void cancelPutsBackTheValuesLoaded() {
        Organisation stored = organisations.add(new Organisation(null, "ECO", null,
                OrganisationKind.INTERNATIONAL_ORGANISATION, null, null));
        form.load(stored);
        form.name.set("Economic Cooperation Organization");
        assertThat(form.isDirty()).isTrue();

        form.cancel();

        assertThat(form.name.get()).isEqualTo("ECO");
        assertThat(form.isDirty()).isFalse();
        assertThat(form.canSaveProperty().get()).isFalse();
    }

    @Test
    void aLookalikeIsConfirmedBeforeSavingAndNothingIsSavedWhenDeclined() {
        organisations.add(new Organisation(null, "Ministry of Justice", null, OrganisationKind.MINISTRY, "AZ", null));
        fillValid("MINISTRY of justice");
        dialogs.answering(false);

        form.save();
        tasks.runUntilIdle();

        assertThat(dialogs.asked()).singleElement().asString().contains("Ministry of Justice (Azerbaijan)");
        assertThat(organisations.summaries()).hasSize(1);
        assertThat(form.savingProperty().get()).isFalse();
        assertThat(form.isDirty()).isTrue();
    }

    @Test
    void aLookalikeConfirmedIsSaved() {
        organisations.add(new Organisation(null, "Ministry of Justice", null, OrganisationKind.MINISTRY, "AZ", null));
        fillValid("Ministry of Justice");
        dialogs.answering(true);

        form.save();
        tasks.runUntilIdle();

        assertThat(organisations.summaries()).hasSize(2);
    }

    @Test
    void aRefusalByTheDatabaseIsToldNextToTheFieldItConcerns() {
        fillValid("Office");
        form.country.set(new Country("ZZ", "Nowhere"));

        form.save();
        tasks.runUntilIdle();

        assertThat(form.country.getError()).isEqualTo("Is not in the registry.");
        assertThat(form.problemProperty().get()).isEmpty();
        assertThat(organisations.summaries()).isEmpty();
        assertThat(form.name.get()).isEqualTo("Office");
    }

    private void fillValid(String name) {
        form.name.set(name);
        form.kind.set(OrganisationKind.MINISTRY);
        form.country.set(form.countries().byKey("AZ").orElseThrow());
        List.of(form.name, form.shortName).forEach(field -> assertThat(field.getError()).isEmpty());
    }
}
