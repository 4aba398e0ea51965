package org.protocoldesk.store;

import java.nio.file.Path;

/** The data folder cannot be created or written to, and there is no database in it yet to open for reading. */
public final class FolderNotWritableException extends RuntimeException {
    private final transient Path folder;

    FolderNotWritableException(Path folder, Throwable cause) {
        super("The data folder " + folder + " cannot be written to", cause);
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }
}
