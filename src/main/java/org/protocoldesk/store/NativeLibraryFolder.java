package org.protocoldesk.store;

import java.io.IOException;
import java.nio.file.Path;

/**
 * sqlite-jdbc unpacks its native library into a temporary folder before the first connection. The system's temporary
 * folder is not the app's to fill, so the library goes into the data folder's private {@code .tmp}, unless the user
 * chose a place with {@code -Dorg.sqlite.tmpdir} or the data folder cannot be written.
 */
final class NativeLibraryFolder {
    static final String PROPERTY = "org.sqlite.tmpdir";
    static final String NAME = ".tmp";

    private NativeLibraryFolder() {
    }

    static void useIn(Path dataDir) {
        if (System.getProperty(PROPERTY) != null || !PrivateFiles.writable(dataDir)) {
            return;
        }
        Path folder = dataDir.resolve(NAME).toAbsolutePath();
        try {
            PrivateFiles.createDirectories(folder);
        } catch (IOException e) {
            return; // sqlite-jdbc falls back to the system's temporary folder, as before
        }
        System.setProperty(PROPERTY, folder.toString());
    }
}
