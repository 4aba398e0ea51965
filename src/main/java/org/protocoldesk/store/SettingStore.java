package org.protocoldesk.store;

import static org.protocoldesk.store.generated.Tables.APP_SETTING;

import java.util.Optional;
import org.jooq.DSLContext;

/** Small values the application remembers between runs, by key. */
public final class SettingStore {
    private final DSLContext tx;

    SettingStore(DSLContext tx) {
        this.tx = tx;
    }

    public Optional<String> get(String key) {
        return tx.select(APP_SETTING.VALUE).from(APP_SETTING).where(APP_SETTING.KEY.eq(key))
                .fetchOptional(APP_SETTING.VALUE);
    }

    public void put(String key, String value) {
        tx.insertInto(APP_SETTING, APP_SETTING.KEY, APP_SETTING.VALUE).values(key, value)
                .onConflict(APP_SETTING.KEY).doUpdate().set(APP_SETTING.VALUE, value)
                .execute();
    }
}
