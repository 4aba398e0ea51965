package org.protocoldesk.store;

import java.util.Arrays;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Brings a test database to the schema just before one migration, found by its description, not its number (the
 * lead renumbers migrations), so that a test can write rows the way the older schema held them.
 */
final class MigrationSteps {
    private MigrationSteps() {
    }

    static void migrateToJustBefore(String url, String description) {
        MigrationInfo[] all = flyway(url).load().info().all();
        int at = Arrays.asList(all).indexOf(Arrays.stream(all)
                .filter(m -> m.getDescription().equals(description)).findFirst().orElseThrow());
        flyway(url).target(all[at - 1].getVersion().getVersion()).load().migrate();
    }

    static void migrateAll(String url) {
        flyway(url).load().migrate();
    }

    private static FluentConfiguration flyway(String url) {
        return Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration");
    }
}
