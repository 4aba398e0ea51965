package org.protocoldesk.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code protocol-desk.running}: made when the database opens for writing, removed when it closes. Found at start,
 * it says the last run did not end cleanly (a crash, a power cut, a kill), so the full integrity check runs.
 */
final class CleanRunMarker {
    static final String FILE_NAME = "protocol-desk.running";

    private CleanRunMarker() {
    }

    static boolean lastRunEndedCleanly(Path dataDir) {
        return !Files.exists(dataDir.resolve(FILE_NAME));
    }

    static void runStarts(Path dataDir) {
        try {
            PrivateFiles.createFile(dataDir.resolve(FILE_NAME));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot mark the run in " + dataDir, e);
        }
    }

    static void runEnded(Path dataDir) {
        try {
            Files.deleteIfExists(dataDir.resolve(FILE_NAME));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot mark the clean end of the run in " + dataDir, e);
        }
    }
}
