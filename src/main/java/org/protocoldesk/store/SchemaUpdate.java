package org.protocoldesk.store;

import java.util.Arrays;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.protocoldesk.model.ReadOnlyCause;

/**
 * Brings the schema up to date with Flyway, which is not even loaded when the schema history shows it current
 * ({@link SchemaHistory}): a schema made by a newer version of the app is never touched; an existing database is
 * backed up first; all pending migrations run in one transaction, so that a failure at any statement leaves the
 * previous version whole.
 */
final class SchemaUpdate {
    private static final Logger LOG = Logger.getLogger(SchemaUpdate.class.getName());

    /** What updating did: how many migrations it applied, or why the database must stay read-only. */
    record Outcome(int applied, Optional<ReadOnlyCause> readOnly) {
    }

    private SchemaUpdate() {
    }

    static Outcome run(DataSource source, Backups backups, String... locations) {
        if (SchemaHistory.current(source, locations)) {
            return new Outcome(0, Optional.empty());
        }
        Flyway flyway = Flyway.configure()
                .dataSource(source)
                .locations(locations)
                .failOnMissingLocations(true)
                .group(true)
                .load();
        MigrationInfoService info = flyway.info();
        Optional<MigrationInfo> newer = Arrays.stream(info.applied())
                .filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED)
                .reduce((first, second) -> second);
        if (newer.isPresent()) {
            String version = newer.get().getVersion().getVersion();
            LOG.warning(() -> "The schema is at version " + version + ", made by a newer Protocol Desk: read only");
            return new Outcome(0, Optional.of(new ReadOnlyCause(ReadOnlyCause.Kind.NEWER_VERSION, version)));
        }
        if (info.pending().length == 0) {
            return new Outcome(0, Optional.empty());
        }
        String current = info.current() == null ? null : info.current().getVersion().getVersion();
        if (current != null) {
            backups.take(source, "before-update-from-V" + current);
        }
        try {
            return new Outcome(flyway.migrate().migrationsExecuted, Optional.empty());
        } catch (FlywayException e) {
            if (current == null) {
                throw e; // a new database that cannot be made: nothing to read either
            }
            LOG.log(Level.SEVERE, "Updating the schema from version " + current + " failed and was undone", e);
            return new Outcome(0, Optional.of(new ReadOnlyCause(ReadOnlyCause.Kind.UPDATE_FAILED, current)));
        }
    }
}
