package org.protocoldesk.ui.form;

import javafx.collections.ObservableList;
import org.protocoldesk.model.Country;
import org.protocoldesk.service.CountryService;
import org.protocoldesk.service.TaskRunner;

/** The countries for the pickers of a form, read once in the background: {@link Choices} keyed by ISO code. */
public final class Countries {
    private final Choices<String, Country> choices = new Choices<>(Country::code);

    /** Reads the countries through {@code tasks}; the pickers fill when they arrive, then {@code then} runs. */
    public void load(TaskRunner tasks, CountryService countries, Runnable then) {
        choices.load(tasks, countries::countries, then);
    }

    /** The country with that code; a code not (yet) known shows as itself. Null for none. */
    public Country byCode(String code) {
        return code == null ? null : choices.byKey(code).orElse(new Country(code, code));
    }

    public ObservableList<Country> all() {
        return choices.all();
    }
}
