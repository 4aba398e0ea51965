package org.protocoldesk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.protocoldesk.model.ReadOnlyCause;

/**
 * Prepares the data folder without changing anything the user owns: a missing folder is created private, a missing
 * database file too; what exists keeps its mode. Tells whether the database may be written or must be opened for
 * reading only because the user made it (or its folder) read-only.
 */
final class DataFolderAccess {
    private DataFolderAccess() {
    }

    /** Creates the data folder private if it is missing; an existing one is used as it is. */
    static void createFolder(Path dataDir) {
        try {
            PrivateFiles.createDirectories(dataDir);
        } catch (IOException e) {
            throw new FolderNotWritableException(dataDir, e);
        }
    }

    /** Creates the database file if it is missing and may be; says why it must be read only, if it must. */
    static Optional<ReadOnlyCause> prepare(Path dataDir, Path file) {
        if (!PrivateFiles.writable(dataDir)) {
            if (Files.isRegularFile(file)) {
                return Optional.of(new ReadOnlyCause(ReadOnlyCause.Kind.FOLDER_READ_ONLY, dataDir.toString()));
            }
            throw new FolderNotWritableException(dataDir, null);
        }
        if (Files.exists(file) && !PrivateFiles.writable(file)) {
            return Optional.of(new ReadOnlyCause(ReadOnlyCause.Kind.DATABASE_FILE_READ_ONLY, file.toString()));
        }
        try {
            PrivateFiles.createFile(file);
        } catch (IOException e) {
            throw new FolderNotWritableException(dataDir, e);
        }
        return Optional.empty();
    }
}
