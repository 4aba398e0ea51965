package org.protocoldesk.service;

import java.util.List;
import org.protocoldesk.model.Country;
import org.protocoldesk.store.DataStore;

/** The countries a record can name. Methods block: call them through the {@link TaskRunner}. */
public final class CountryService {
    private final DataStore data;

    public CountryService(DataStore data) {
        this.data = data;
    }

    /** Every country, by name. */
    public List<Country> countries() {
        return data.read(s -> s.countries().all());
    }
}
