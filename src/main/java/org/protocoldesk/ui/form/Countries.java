package org.protocoldesk.ui.form;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.protocoldesk.model.Country;
import org.protocoldesk.service.CountryService;
import org.protocoldesk.service.TaskRunner;

/** The countries for the pickers of every form, read once in the background and shared. */
public final class Countries {
    private final ObservableList<Country> all = FXCollections.observableArrayList();
    private final Map<String, Country> byCode = new HashMap<>();

    /** Reads the countries through {@code tasks}; the pickers fill when they arrive. */
    public void load(TaskRunner tasks, CountryService countries, Runnable then) {
        tasks.read(countries::countries, loaded -> {
            show(loaded);
            then.run();
        }, failure -> then.run());
    }

    void show(List<Country> loaded) {
        byCode.clear();
        loaded.forEach(country -> byCode.put(country.code(), country));
        all.setAll(loaded);
    }

    /** The country with that code; a code not (yet) known shows as itself. Null for none. */
    public Country byCode(String code) {
        return code == null ? null : byCode.getOrDefault(code, new Country(code, code));
    }

    public ObservableList<Country> all() {
        return all;
    }
}
