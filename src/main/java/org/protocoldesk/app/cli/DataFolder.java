package org.protocoldesk.app.cli;

import java.nio.file.Path;
import org.protocoldesk.app.DataDirectory;
import org.protocoldesk.store.Database;

/** The data folder a command works on, and the one way the command line opens its database. */
public record DataFolder(Path path) {

    static DataFolder resolve(Path option) {
        return new DataFolder(DataDirectory.resolve(option));
    }

    /** Opens (creating and migrating if needed) the database in this folder; the caller closes it. */
    public Database openDatabase() {
        return Database.open(path);
    }
}
