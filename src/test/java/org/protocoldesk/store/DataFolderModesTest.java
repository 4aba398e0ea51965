package org.protocoldesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protocoldesk.model.Country;
import org.protocoldesk.model.ReadOnlyCause;
import org.protocoldesk.model.WriteFailedException;
import org.protocoldesk.model.WriteFailure;

/** The app never changes the mode of a folder or file it did not create, and respects read-only ones. */
class DataFolderModesTest {
    @TempDir
    Path tmp;

    @Test
    void aSharedStickyFolderKeepsItsModeAndItsStickyBit() throws Exception {
        Path shared = Files.createDirectory(tmp.resolve("shared"));
        Modes.set(shared, "1777");

        Database.open(shared).close();

        assertThat(Modes.of(shared)).isEqualTo("1777");
    }

    @Test
    void anExistingFolderOthersCanReadIsUsedAsItIs() throws Exception {
        Path open = Files.createDirectory(tmp.resolve("open"));
        Modes.set(open, "755");

        Database.open(open).close();

        assertThat(Modes.of(open)).isEqualTo("755");
    }

    @Test
    void aMissingFolderAndItsMissingParentsAreCreatedPrivate() throws Exception {
        Modes.set(tmp, "755");
        Path deep = tmp.resolve("a").resolve("b").resolve("data");

        Database.open(deep).close();

        assertThat(Modes.of(tmp)).isEqualTo("755");
        assertThat(Modes.of(tmp.resolve("a"))).isEqualTo("700");
        assertThat(Modes.of(tmp.resolve("a/b"))).isEqualTo("700");
        assertThat(Modes.of(deep)).isEqualTo("700");
        assertThat(Modes.of(deep.resolve(Database.FILE_NAME))).isEqualTo("600");
    }

    @Test
    void aDatabaseTheUserMadeReadOnlyOpensForReadingOnlyAndKeepsItsMode() throws Exception {
        Path dir = tmp.resolve("data");
        try (Database database = Database.open(dir)) {
            new DataStore(database.configuration()).writeAll(s -> s.countries().save(new Country("TR", "Türkiye")));
        }
        Modes.set(dir.resolve(Database.FILE_NAME), "400");

        try (Database database = Database.open(dir)) {
            assertThat(database.readOnly()).map(ReadOnlyCause::kind)
                    .contains(ReadOnlyCause.Kind.DATABASE_FILE_READ_ONLY);
            DataStore data = new DataStore(database.configuration());
            assertThat(data.read((Stores s) -> s.countries().find("TR"))).isPresent();
            assertThatThrownBy(() -> data.writeAll(s -> s.countries().save(new Country("AZ", "Azerbaijan"))))
                    .isInstanceOfSatisfying(WriteFailedException.class,
                            refused -> assertThat(refused.failure()).isEqualTo(WriteFailure.DATA_FILE_READ_ONLY));
        }
        assertThat(Modes.of(dir.resolve(Database.FILE_NAME))).isEqualTo("400");
    }

    @Test
    void aFolderTheUserMadeReadOnlyIsOpenedForReadingOnlyAndKeepsItsMode() throws Exception {
        Path dir = tmp.resolve("data");
        try (Database database = Database.open(dir)) {
            new DataStore(database.configuration()).writeAll(s -> s.countries().save(new Country("TR", "Türkiye")));
        }
        Modes.set(dir, "500");

        try (Database database = Database.open(dir)) {
            assertThat(database.readOnly()).map(ReadOnlyCause::kind).contains(ReadOnlyCause.Kind.FOLDER_READ_ONLY);
            assertThat(new DataStore(database.configuration()).read((Stores s) -> s.countries().find("TR"))).isPresent();
        } finally {
            assertThat(Modes.of(dir)).isEqualTo("500");
            Modes.set(dir, "700");
        }
    }

    @Test
    void aFolderThatCannotBeWrittenAndHoldsNoDatabaseIsReportedPlainly() throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("locked"));
        Modes.set(dir, "500");
        try {
            assertThatThrownBy(() -> Database.open(dir)).isInstanceOf(FolderNotWritableException.class)
                    .hasMessage("The data folder " + dir + " cannot be written to");
            assertThat(dir.resolve(Database.FILE_NAME)).doesNotExist();
        } finally {
            Modes.set(dir, "700");
        }
    }

    @Test
    void aWritableFolderSomeoneElseOwnsIsUsedWithoutChangingIt() throws Exception {
        assumeThat(Modes.runningAsRoot()).as("only root can give a folder to another user").isTrue();
        Path theirs = Files.createDirectory(tmp.resolve("theirs"));
        Modes.set(theirs, "777");
        Modes.run("chown", "65534", theirs.toString());

        try (Database database = Database.open(theirs)) {
            assertThat(database.readOnly()).isEmpty();
        }

        assertThat(Modes.of(theirs)).isEqualTo("777");
        assertThat(Modes.run("stat", "-c", "%u", theirs.toString()).strip()).isEqualTo("65534");
    }
}
