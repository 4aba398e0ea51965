package org.protocoldesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.protocoldesk.store.generated.Tables.COUNTRY;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
}
