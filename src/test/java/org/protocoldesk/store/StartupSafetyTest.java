package org.protocoldesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protocoldesk.model.Country;
import org.protocoldesk.model.ReadOnlyCause;
import org.protocoldesk.model.WriteFailedException;
import org.protocoldesk.model.WriteFailure;

/** What happens at start to a damaged database, a schema from a newer version, and an update that fails. */
class StartupSafetyTest {
    @TempDir
    Path dir;

    private void save(Country country) {
        try (Database database = Database.open(dir)) {
            new DataStore(database.configuration()).writeAll(s -> s.countries().save(country));
        }
    }

    private String countryName(String code) {
        try (Database database = Database.open(dir)) {
            return new DataStore(database.configuration()).read((Stores s) -> s.countries().find(code))
                    .map(Country::name).orElse(null);
        }
    }

    @Test
    void aDamagedDatabaseIsFoundAtStartAndTheNewestGoodBackupRestoredWithTheDamagedFileKept() throws Exception {
        save(new Country("TR", "Türkiye"));
        Path backup;
        try (Database database = Database.open(dir)) {
            backup = database.backUp("manual");
        }
        Damage.overwriteAPage(dir.resolve(Database.FILE_NAME));
        byte[] damaged = Files.readAllBytes(dir.resolve(Database.FILE_NAME));

        assertThatThrownBy(() -> Database.open(dir)).isInstanceOf(DamagedDatabaseException.class);
        assertThat(Files.readAllBytes(dir.resolve(Database.FILE_NAME))).isEqualTo(damaged);

        Path aside = Restore.replace(dir, new Backups(dir, Clock.systemUTC()).files().get(0), Clock.systemUTC());

        assertThat(new Backups(dir, Clock.systemUTC()).files()).contains(backup);
        assertThat(Files.readAllBytes(aside.resolve(Database.FILE_NAME))).isEqualTo(damaged);
        assertThat(countryName("TR")).isEqualTo("Türkiye");
    }

    @Test
    void aRestoreThatFailsHalfwayPutsTheDatabaseBackAndLeavesNoTemporaryCopy() throws Exception {
        save(new Country("TR", "Türkiye"));
        Path backup;
        try (Database database = Database.open(dir)) {
            backup = database.backUp("manual");
        }
        save(new Country("XA", "Saved after the backup"));
        Path database = dir.resolve(Database.FILE_NAME);
        byte[] before = Files.readAllBytes(database);
        Files.createFile(dir.resolve(Database.FILE_NAME + "-wal"));
        Clock clock = Clock.fixed(Instant.parse("2026-11-24T07:00:00Z"), ZoneOffset.UTC);
        // The WAL cannot be moved aside once the database file has been: a folder already has its name there.
        Path blocked = Files.createDirectories(
                dir.resolve(Backups.FOLDER).resolve("replaced-20261124T070000.000Z").resolve(Database.FILE_NAME + "-wal"));
        Files.createFile(blocked.resolve("occupied"));

        assertThatThrownBy(() -> Restore.replace(dir, backup, clock)).isInstanceOf(UncheckedIOException.class);

        assertThat(Files.readAllBytes(database)).isEqualTo(before);
        assertThat(dir.resolve("." + Database.FILE_NAME + ".restoring")).doesNotExist();
        assertThat(countryName("XA")).isEqualTo("Saved after the backup");
    }

    @Test
    void aRunThatDidNotEndCleanlyIsMarkedUntilTheDatabaseCloses() {
        try (Database database = Database.open(dir)) {
            assertThat(CleanRunMarker.lastRunEndedCleanly(dir)).isFalse();
        }
        assertThat(CleanRunMarker.lastRunEndedCleanly(dir)).isTrue();
    }

    @Test
    void aSchemaFromANewerVersionIsOpenedForReadingOnlyAndNamesThatVersion() throws Exception {
        save(new Country("TR", "Türkiye"));
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Database.FILE_NAME));
             Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, "
                    + "checksum, installed_by, execution_time, success) VALUES (999, '999', 'from the future', 'SQL', "
                    + "'V999__from_the_future.sql', 0, 'test', 1, 1)");
        }

        try (Database database = Database.open(dir)) {
            assertThat(database.readOnly()).contains(new ReadOnlyCause(ReadOnlyCause.Kind.NEWER_VERSION, "999"));
            DataStore data = new DataStore(database.configuration());
            assertThatThrownBy(() -> data.writeAll(s -> s.countries().save(new Country("TR", "changed"))))
                    .isInstanceOfSatisfying(WriteFailedException.class,
                            refused -> assertThat(refused.failure()).isEqualTo(WriteFailure.DATA_FILE_READ_ONLY));
        }
        assertThat(countryName("TR")).isEqualTo("Türkiye");
    }

    @Test
    void anUpdateThatFailsAtAnyStatementLeavesThePreviousVersionWholeAndOpensReadOnly() throws Exception {
        save(new Country("TR", "Türkiye"));
        List<String> statements = List.of(
                "CREATE TABLE later_one (id INTEGER PRIMARY KEY)",
                "INSERT INTO later_one (id) VALUES (1)",
                "UPDATE country SET name = 'changed' WHERE code = 'TR'",
                "ALTER TABLE country ADD COLUMN later_column TEXT",
                "CREATE INDEX later_index ON later_one (id)");
        for (int failing = 0; failing <= statements.size(); failing++) {
            Path location = Files.createDirectories(dir.resolveSibling(dir.getFileName() + "-migration-" + failing));
            List<String> script = new ArrayList<>(statements);
            script.add(failing, "INSERT INTO no_such_table VALUES (1)");
            Files.writeString(location.resolve("V900__fails_at_statement_" + failing + ".sql"),
                    String.join(";\n", script) + ";\n");

            try (Database database = Database.open(dir, "classpath:db/migration", "filesystem:" + location)) {
                assertThat(database.readOnly()).map(ReadOnlyCause::kind).as("failing at statement %d", failing)
                        .contains(ReadOnlyCause.Kind.UPDATE_FAILED);
            }

            try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Database.FILE_NAME));
                 Statement statement = connection.createStatement();
                 var rows = statement.executeQuery("SELECT (SELECT name FROM country WHERE code = 'TR'), "
                         + "(SELECT count(*) FROM sqlite_master WHERE name LIKE 'later%'), "
                         + "(SELECT count(*) FROM pragma_table_info('country') WHERE name = 'later_column'), "
                         + "(SELECT count(*) FROM flyway_schema_history WHERE version = '900')")) {
                rows.next();
                assertThat(rows.getString(1)).as("failing at statement %d", failing).isEqualTo("Türkiye");
                assertThat(rows.getInt(2)).isZero();
                assertThat(rows.getInt(3)).isZero();
                assertThat(rows.getInt(4)).isZero();
            }
        }
    }
}
