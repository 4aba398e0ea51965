package org.protocoldesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protocoldesk.Launcher;
import org.protocoldesk.model.Country;
import org.protocoldesk.store.ChildJvm;
import org.protocoldesk.store.Damage;
import org.protocoldesk.store.DataStore;
import org.protocoldesk.store.Database;
import org.protocoldesk.store.Stores;

/** {@code check}, {@code backup --to} and {@code restore --from} on a real data folder. */
class BackupCommandsTest {
    @TempDir
    Path tmp;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        var commandLine = Cli.create(options -> { });
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private Path folderWith(String code, String name) {
        Path dir = tmp.resolve("data");
        try (Database database = Database.open(dir)) {
            new DataStore(database.configuration()).writeAll(s -> s.countries().save(new Country(code, name)));
        }
        return dir;
    }

    private static String countryName(Path dir, String code) {
        try (Database database = Database.open(dir)) {
            return new DataStore(database.configuration()).read((Stores s) -> s.countries().find(code))
                    .map(Country::name).orElse(null);
        }
    }

    @Test
    void checkSaysAHealthyDatabaseIsHealthyWithExitZero() {
        Path dir = folderWith("TR", "Türkiye");

        assertThat(run("--data-dir", dir.toString(), "check")).isEqualTo(ExitCode.DONE);
        assertThat(out.toString()).contains("healthy");
    }

    @Test
    void checkGivesADamagedDatabaseOneLineAndANonZeroExit() throws Exception {
        Path dir = folderWith("TR", "Türkiye");
        Damage.overwriteAPage(dir.resolve(Database.FILE_NAME));

        assertThat(run("--data-dir", dir.toString(), "check")).isEqualTo(ExitCode.NEGATIVE);
        assertThat(err.toString().lines()).singleElement().asString().startsWith("protocol-desk: the database ")
                .contains("is damaged");
    }

    @Test
    void checkOfAFolderWithoutADatabaseSaysSo() {
        assertThat(run("--data-dir", tmp.toString(), "check")).isEqualTo(ExitCode.NEGATIVE);
        assertThat(err.toString()).contains("there is no database in " + tmp);
    }

    @Test
    void aBackupIsRestoredAfterTheCurrentDatabaseIsBackedUp() throws Exception {
        Path dir = folderWith("TR", "Türkiye");
        Path backup = tmp.resolve("backup.db");
        assertThat(run("--data-dir", dir.toString(), "backup", "--to", backup.toString())).isEqualTo(ExitCode.DONE);
        try (Database database = Database.open(dir)) {
            new DataStore(database.configuration()).writeAll(s -> s.countries().save(new Country("TR", "changed")));
        }

        assertThat(run("--data-dir", dir.toString(), "restore", "--from", backup.toString())).isEqualTo(ExitCode.DONE);

        assertThat(countryName(dir, "TR")).isEqualTo("Türkiye");
        try (var files = Files.list(dir.resolve("backups"))) {
            assertThat(files.map(f -> f.getFileName().toString())).anyMatch(n -> n.endsWith("-before-restore.db"))
                    .anyMatch(n -> n.startsWith("replaced-"));
        }
    }

    @Test
    void aDamagedFileIsNotRestoredAndNothingChanges() throws Exception {
        Path dir = folderWith("TR", "Türkiye");
        Path bad = tmp.resolve("bad.db");
        assertThat(run("--data-dir", dir.toString(), "backup", "--to", bad.toString())).isZero();
        Damage.overwriteAPage(bad);
        byte[] before = Files.readAllBytes(dir.resolve(Database.FILE_NAME));

        assertThat(run("--data-dir", dir.toString(), "restore", "--from", bad.toString())).isEqualTo(ExitCode.FAILED);

        assertThat(err.toString().lines()).singleElement().asString().contains("is not a good copy");
        assertThat(Files.readAllBytes(dir.resolve(Database.FILE_NAME))).isEqualTo(before);
    }

    @Test
    void aBackupNeverOverwritesAnExistingFile() throws Exception {
        Path dir = folderWith("TR", "Türkiye");
        Path existing = Files.writeString(tmp.resolve("notes.txt"), "mine");

        assertThat(run("--data-dir", dir.toString(), "backup", "--to", existing.toString())).isEqualTo(ExitCode.FAILED);
        assertThat(Files.readString(existing)).isEqualTo("mine");
    }

    @Test
    void aNonAsciiDataFolderWorksUnderUtf8FileNamesAndIsRefusedPlainlyUnderAscii() throws Exception {
        Path dir = folderWith("TR", "Türkiye");
        Path turkish = Files.move(dir, tmp.resolve("Türkiye-данные"));

        ChildJvm.Result ascii = ChildJvm.run(Launcher.class, Map.of("LANG", "C", "LC_ALL", "C"),
                "--data-dir", turkish.toString(), "check");
        ChildJvm.Result asciiHome = ChildJvm.run(Launcher.class,
                Map.of("LANG", "C", "LC_ALL", "C", "PROTOCOL_DESK_HOME", turkish.toString()), "check");
        ChildJvm.Result utf8 = ChildJvm.run(Launcher.class, Map.of("LANG", "C", "LC_ALL", "C.UTF-8"),
                "--data-dir", turkish.toString(), "check");
        ChildJvm.Result utf8Home = ChildJvm.run(Launcher.class,
                Map.of("LANG", "C", "LC_ALL", "C.UTF-8", "PROTOCOL_DESK_HOME", turkish.toString()), "check");

        assertThat(ascii.status()).isEqualTo(ExitCode.BAD_ARGUMENTS);
        assertThat(ascii.output()).contains("cannot spell", "UTF-8").doesNotContain("Exception");
        assertThat(asciiHome.status()).isEqualTo(ExitCode.FAILED);
        assertThat(asciiHome.output()).contains("PROTOCOL_DESK_HOME", "cannot spell").doesNotContain("Exception");
        assertThat(utf8.status()).as(utf8.output()).isEqualTo(ExitCode.DONE);
        assertThat(utf8Home.status()).as(utf8Home.output()).isEqualTo(ExitCode.DONE);
    }
}
