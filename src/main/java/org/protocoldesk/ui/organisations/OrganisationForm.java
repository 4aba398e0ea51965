package org.protocoldesk.ui.organisations;

import static org.protocoldesk.ui.form.Fields.textOrNull;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.protocoldesk.model.Country;
import org.protocoldesk.model.Organisation;
import org.protocoldesk.model.OrganisationKind;
import org.protocoldesk.service.OrganisationService;
import org.protocoldesk.service.TaskRunner;
import org.protocoldesk.ui.common.Dialogs;
import org.protocoldesk.ui.form.Checks;
import org.protocoldesk.ui.form.Countries;
import org.protocoldesk.ui.form.FormField;
import org.protocoldesk.ui.form.FormViewModel;

/** The organisation form's state: name, short name, kind, country (none for an international body), notes. */
public final class OrganisationForm extends FormViewModel<Organisation> {
    private final OrganisationService organisations;
    private final Countries countries;
    private final ObservableList<OrganisationKind> kinds =
            FXCollections.observableArrayList(OrganisationKind.values());
    final FormField<String> name = fields().text("name", "Name").check(Checks::required).check(Checks::line);
    final FormField<String> shortName = fields().text("short-name", "Short name").check(Checks::line);
    final FormField<OrganisationKind> kind = fields().<OrganisationKind>choice("kind", "Kind")
            .check(Checks::requiredChoice);
    final FormField<Country> country = fields().choice("country", "Country");
    final FormField<String> notes = fields().text("notes", "Notes").check(Checks::notes);

    public OrganisationForm(TaskRunner tasks, Dialogs dialogs, OrganisationService organisations, Countries countries) {
        super(tasks, dialogs);
        this.organisations = organisations;
        this.countries = countries;
        fields().alsoNamed("organisation name", name);
        fields().alsoNamed("organisation kind", kind);
    }

    @Override
    protected void fill(Organisation loaded) {
        boolean fresh = loaded == null;
        fields().load(name, fresh ? "" : loaded.name());
        fields().load(shortName, fresh ? "" : loaded.shortName());
        fields().load(kind, fresh ? null : loaded.kind());
        fields().load(country, fresh ? null : countries.byCode(loaded.countryCode()));
        fields().load(notes, fresh ? "" : loaded.notes());
    }

    @Override
    protected Organisation build(Organisation loaded) {
        return new Organisation(loaded == null ? null : loaded.id(), textOrNull(name), textOrNull(shortName),
                kind.get(), country.get() == null ? null : country.get().code(), textOrNull(notes));
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

    ObservableList<OrganisationKind> kinds() {
        return kinds;
    }

    Countries countries() {
        return countries;
    }
}
