package org.protocoldesk.store;

import java.nio.file.Path;

/** SQLite's own check found the file damaged: nothing is written to it. {@code problem} is what SQLite said. */
public final class DamagedDatabaseException extends RuntimeException {
    private final transient Path file;

    DamagedDatabaseException(Path file, String problem) {
        super("The database " + file + " is damaged: " + problem);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
