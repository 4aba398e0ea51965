package org.protocoldesk.store;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A real database file in a fresh temporary folder for every test. */
public abstract class StoreTestSupport {
    @TempDir
    protected Path dataDir;
    protected Database database;
    protected DataStore data;

    @BeforeEach
    void openDatabase() {
        database = Database.open(dataDir);
        data = new DataStore(database.configuration());
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    protected int count(String table) {
        return data.read(s -> s.dsl().fetchCount(org.jooq.impl.DSL.table(org.jooq.impl.DSL.name(table))));
    }
}
