package org.protocoldesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protocoldesk.model.BackupSummary;
import org.protocoldesk.model.Country;
import org.sqlite.SQLiteDataSource;

class BackupsTest {
    @TempDir
    Path dir;

    @Test
    void aBackupTakenWhileWritesGoOnPassesItsChecksAndIsPrivate() throws Exception {
        try (Database database = Database.open(dir)) {
            DataStore data = new DataStore(database.configuration());
            AtomicBoolean writing = new AtomicBoolean(true);
            CompletableFuture<Void> writes = CompletableFuture.runAsync(() -> {
                for (int i = 0; writing.get(); i++) {
                    String code = "X" + (char) ('A' + i % 26);
                    data.writeAll(s -> s.countries().save(new Country(code, "Country " + code)));
                }
            });
            Backups backups = new Backups(dir, Clock.systemUTC());

            Path backup = backups.take(database.dataSource(), "manual");
            writing.set(false);
            writes.get();

            assertThat(HealthCheck.problem(backup, true)).isEmpty();
            assertThat(Modes.of(backup)).isEqualTo("600");
            assertThat(backups.files()).containsExactly(backup);
            try (Stream<Path> left = Files.list(backups.folder())) {
                assertThat(left).containsExactly(backup);
            }
        }
    }

    @Test
    void reopeningADatabaseNothingChangedInTakesNoBackupAtStart() {
        Database.open(dir).close();
        Database.open(dir).close(); // the first backup at start
        Backups backups = new Backups(dir, Clock.systemUTC());
        List<Path> before = backups.files();

        Database.open(dir).close();
        Database.open(dir).close();

        assertThat(before).hasSize(1);
        assertThat(backups.files()).isEqualTo(before);
    }

    @Test
    void theRestoreListCountsTheRecordsOfEachBackup() {
        try (Database database = Database.open(dir)) {
            Path backup = new Backups(dir, Clock.fixed(Instant.parse("2026-05-16T10:30:00Z"), ZoneOffset.UTC))
                    .take(database.dataSource(), "manual");

            BackupSummary summary = Backups.summary(backup);

            assertThat(summary.takenAt()).isEqualTo(Instant.parse("2026-05-16T10:30:00Z"));
            assertThat(summary.bytes()).isPositive();
            assertThat(summary.meetings()).isZero();
        }
    }

    @Test
    void aDamagedDatabaseIsNeverBackedUp() throws Exception {
        try (Database database = Database.open(dir)) {
            new DataStore(database.configuration()).writeAll(s -> s.countries().save(new Country("TR", "Türkiye")));
        }
        Damage.overwriteAPage(dir.resolve(Database.FILE_NAME));
        SQLiteDataSource damaged = new SQLiteDataSource();
        damaged.setUrl("jdbc:sqlite:" + dir.resolve(Database.FILE_NAME));

        assertThatThrownBy(() -> new Backups(dir, Clock.systemUTC()).take(damaged, "manual"))
                .isInstanceOf(DamagedDatabaseException.class);
        assertThat(new Backups(dir, Clock.systemUTC()).files()).isEmpty();
    }
}
