package org.protocoldesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The native library sqlite-jdbc unpacks goes into the data folder, never into the system's temporary folder. */
class NativeLibraryFolderTest {
    @TempDir
    Path dir;

    @Test
    void openingADatabaseUnpacksSqlitesNativeLibraryInsideTheDataFolder() throws Exception {
        Path systemTemp = Files.createDirectory(dir.resolve("system-tmp"));
        Path dataDir = dir.resolve("data");
        Process child = ChildJvm.builder(OpenAndListTemporaryFiles.class, List.of("-Djava.io.tmpdir=" + systemTemp),
                dataDir.toString(), systemTemp.toString()).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes());

        assertThat(child.waitFor()).as(output).isZero();
        assertThat(output).contains("in data folder: sqlite-").doesNotContain("in system temp: sqlite-");
    }

    /** Opens the database, then lists what is in the data folder's {@code .tmp} and in the system's temp folder. */
    public static final class OpenAndListTemporaryFiles {
        public static void main(String[] args) throws IOException {
            Path dataDir = Path.of(args[0]);
            try (Database ignored = Database.open(dataDir)) {
                list("in data folder", dataDir.resolve(NativeLibraryFolder.NAME));
                list("in system temp", Path.of(args[1]));
            }
        }

        private static void list(String where, Path folder) throws IOException {
            if (!Files.isDirectory(folder)) {
                return;
            }
            try (Stream<Path> files = Files.list(folder)) {
                files.forEach(file -> System.out.println(where + ": " + file.getFileName()));
            }
        }
    }
}
