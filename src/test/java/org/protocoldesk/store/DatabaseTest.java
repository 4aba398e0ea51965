package org.protocoldesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.protocoldesk.store.generated.Tables.COUNTRY;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protocoldesk.bench.OfficeGenerator;
import org.protocoldesk.bench.Scale;
import org.protocoldesk.model.Country;

class DatabaseTest {
    @TempDir
    Path tmp;

    @Test
    void openingAnEmptyFolderCreatesAndMigratesTheDatabase() {
        try (Database database = Database.open(tmp.resolve("new"))) {
            assertThat(database.migrationsApplied()).isPositive();
            assertThat(database.file()).exists();
            DataStore data = new DataStore(database.configuration());
            assertThat(data.read((Stores s) -> s.dsl().meta().getTables(COUNTRY.getName()))).hasSize(1);
        }
    }

    @Test
    void openingAnExistingDatabaseMigratesNothingAndKeepsItsRecords() {
        Path dir = tmp.resolve("data");
        try (Database database = Database.open(dir)) {
            new DataStore(database.configuration()).writeAll(s -> s.countries().save(new Country("TR", "Türkiye")));
        }
        try (Database reopened = Database.open(dir)) {
            assertThat(reopened.migrationsApplied()).isZero();
            assertThat(new DataStore(reopened.configuration()).read((Stores s) -> s.countries().find("TR")))
                    .contains(new Country("TR", "Türkiye"));
        }
    }

    @Test
    void aMigrationOfAnExistingDatabaseIsPrecededByAPrivateBackup() throws Exception {
        Path dir = tmp.resolve("upgrade");
        try (Database database = Database.open(dir)) {
            new DataStore(database.configuration()).writeAll(s -> s.countries().save(new Country("TJ", "Tajikistan")));
        }
        try (Database upgraded = Database.open(dir, "classpath:db/migration", "classpath:db/later")) {
            assertThat(upgraded.migrationsApplied()).isEqualTo(1);
        }
        Path backup;
        try (var files = Files.list(dir.resolve(Backups.FOLDER))) {
            backup = files.filter(f -> f.getFileName().toString().matches("protocol-desk-.*-before-update-from-V\\d+\\.db")).findFirst()
                    .orElseThrow();
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup))).isEqualTo("rw-------");
        try (var connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + backup);
             var rows = connection.createStatement().executeQuery(
                     "SELECT name, (SELECT count(*) FROM sqlite_master WHERE name = 'later_change') FROM country"
                             + " WHERE code = 'TJ'")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("Tajikistan");
            assertThat(rows.getInt(2)).isZero();
        }
    }

    @Test
    void aFreshDatabaseNeedsNoBackup() {
        try (Database database = Database.open(tmp.resolve("fresh"))) {
            assertThat(database.file().resolveSibling(Backups.FOLDER)).doesNotExist();
        }
    }

    @Test
    void pragmasProtectEveryAcknowledgedWrite() {
        try (Database database = Database.open(tmp)) {
            DataStore data = new DataStore(database.configuration());
            assertThat(data.read((Stores s) -> s.dsl().fetchValue("PRAGMA journal_mode"))).isEqualTo("wal");
            assertThat(data.read((Stores s) -> s.dsl().fetchValue("PRAGMA foreign_keys"))).hasToString("1");
            assertThat(data.read((Stores s) -> s.dsl().fetchValue("PRAGMA synchronous"))).hasToString("2");
            assertThat(data.read((Stores s) -> s.dsl().fetchValue("PRAGMA busy_timeout"))).hasToString("10000");
        }
    }

    @Test
    void newDatabaseAndItsFolderAreReadableByTheirOwnerOnly() throws Exception {
        Path dir = tmp.resolve("private");
        try (Database database = Database.open(dir)) {
            new DataStore(database.configuration()).writeAll(s -> s.countries().save(new Country("AZ", "Azerbaijan")));
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwx------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(database.file())))
                    .isEqualTo("rw-------");
            Path wal = dir.resolve(Database.FILE_NAME + "-wal");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(wal))).isEqualTo("rw-------");
        }
    }

    @Test
    void openingAGrownDatabaseThatWasNeverAnalysedGivesThePlannerStatistics() throws Exception {
        Path dir = tmp.resolve("grown");
        OfficeGenerator.generate(dir, new Scale("tiny", 0.005), 1);
        assertThat(statisticsRowsOf(dir, "meeting_attendee")).isZero();
        Database.open(dir).close();
        assertThat(statisticsRowsOf(dir, "meeting_attendee")).isPositive();
    }

    private static int statisticsRowsOf(Path dir, String table) throws java.sql.SQLException {
        try (var connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Database.FILE_NAME));
             var statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'")) {
            rows.next();
            if (rows.getInt(1) == 0) {
                return 0;
            }
            try (var stats = statement.executeQuery("SELECT count(*) FROM sqlite_stat1 WHERE tbl = '" + table + "'")) {
                stats.next();
                return stats.getInt(1);
            }
        }
    }
}
