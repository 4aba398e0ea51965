package org.protocoldesk.ui.organisations;

import static org.protocoldesk.ui.form.Fields.textOrNull;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.protocoldesk.model.Country;
import org.protocoldesk.model.Organisation;
import org.protocoldesk.model.OrganisationKind;
import org.protocoldesk.model.PostHolding;
import org.protocoldesk.service.CounterpartService;
import org.protocoldesk.service.OrganisationService;
import org.protocoldesk.service.TaskRunner;
import org.protocoldesk.ui.common.Dialogs;
import org.protocoldesk.ui.form.Checks;
import org.protocoldesk.ui.form.Choices;
import org.protocoldesk.ui.form.FormField;
import org.protocoldesk.ui.form.FormViewModel;

/** The organisation form's state: name, short name, kind, country (none for an international body), notes. */
public final class OrganisationForm extends FormViewModel<Organisation> {
    private final OrganisationService organisations;
    private final CounterpartService counterparts;
    private final Choices<String, Country> countries;
    private final ObservableList<OrganisationKind> kinds =
            FXCollections.observableArrayList(OrganisationKind.values());
    final FormField<String> name = fields().text("name", "Name").check(Checks::required).check(Checks::line);
    final FormField<String> shortName = fields().text("short-name", "Short name").check(Checks::line);
    final FormField<OrganisationKind> kind = fields().<OrganisationKind>choice("kind", "Kind")
            .check(Checks::requiredChoice);
    final FormField<Country> country = fields().choice("country", "Country");
    final FormField<String> notes = fields().text("notes", "Notes").check(Checks::notes);

    private final ObservableList<PostHolding> postHolders = FXCollections.observableArrayList();
    private final StringBinding title;

    public OrganisationForm(TaskRunner tasks, Dialogs dialogs, OrganisationService organisations,
                            CounterpartService counterparts, Choices<String, Country> countries) {
        super(tasks, dialogs);
        this.organisations = organisations;
        this.counterparts = counterparts;
        this.countries = countries;
        title = Bindings.createStringBinding(() -> recordProperty().get() == null ? "New organisation"
                : recordProperty().get().name(), recordProperty());
        fields().alsoNamed("organisation name", name);
        fields().alsoNamed("organisation kind", kind);
    }

    @Override
    protected void fill(Organisation loaded) {
        boolean fresh = loaded == null;
        fields().load(name, fresh ? "" : loaded.name());
        fields().load(shortName, fresh ? "" : loaded.shortName());
        fields().load(kind, fresh ? null : loaded.kind());
        fields().load(country, fresh ? null : countries.byKey(loaded.countryCode()).orElse(null));
        fields().load(notes, fresh ? "" : loaded.notes());
        postHolders.clear();
        if (!fresh) {
            long id = loaded.id();
            tasks().read(() -> counterparts.postHolders(id), found -> {
                if (getRecord() != null && getRecord().id() == id) {
                    postHolders.setAll(found);
                }
            }, failure -> dialogs().failure("The posts held here could not be read", failure));
        }
    }

    @Override
    protected Organisation build(Organisation loaded) {
        return new Organisation(loaded == null ? null : loaded.id(), textOrNull(name), textOrNull(shortName),
                kind.get(), countries.keyOf(country.get()), textOrNull(notes));
    }

    @Override
    protected Organisation write(Organisation built) {
        return organisations.save(built);
    }

    @Override
    protected List<String> lookalikes(Organisation built) {
        return organisations.lookalikes(built).stream()
                .map(o -> o.countryName() == null ? o.organisation().name()
                        : o.organisation().name() + " (" + o.countryName() + ")")
                .toList();
    }

    /** Who held which post here, in the order they took it up; read when the organisation is loaded. */
    ObservableList<PostHolding> postHolders() {
        return postHolders;
    }

    /** What the pane is headed: the organisation's name as saved, or "New organisation". */
    StringBinding title() {
        return title;
    }

    ObservableList<OrganisationKind> kinds() {
        return kinds;
    }

    Choices<String, Country> countries() {
        return countries;
    }
}
