package org.protocoldesk.store;

import static org.protocoldesk.store.generated.Tables.COUNTRY;

import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.protocoldesk.model.Country;

public final class CountryStore {
    private final DSLContext tx;

    CountryStore(DSLContext tx) {
        this.tx = tx;
    }

    /** Adds the country, or renames it if its code is known. */
    public void save(Country country) {
        tx.insertInto(COUNTRY, COUNTRY.CODE, COUNTRY.NAME)
                .values(country.code(), country.name())
                .onConflict(COUNTRY.CODE).doUpdate().set(COUNTRY.NAME, country.name())
                .execute();
    }

    public Optional<Country> find(String code) {
        return tx.selectFrom(COUNTRY).where(COUNTRY.CODE.eq(code))
                .fetchOptional(r -> new Country(r.getCode(), r.getName()));
    }

    public List<Country> all() {
        return tx.selectFrom(COUNTRY).orderBy(COUNTRY.NAME)
                .fetch(r -> new Country(r.getCode(), r.getName()));
    }
}
