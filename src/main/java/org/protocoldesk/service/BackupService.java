package org.protocoldesk.service;

import java.nio.file.Path;
import java.util.List;
import org.protocoldesk.model.BackupSummary;
import org.protocoldesk.store.Backups;
import org.protocoldesk.store.Database;

/** Backups for people and for the clock: taken on request, every half hour while the data changes, listed. */
public final class BackupService {
    private final Database database;

    public BackupService(Database database) {
        this.database = database;
    }

    /** Takes a verified backup now; returns the file. */
    public Path backUp(String reason) {
        return database.backUp(reason);
    }

    /** Takes a backup if the data changed since the newest; true if it did. */
    public boolean backUpIfChanged() {
        if (database.readOnly().isPresent() || !database.backups().changedSinceNewest()) {
            return false;
        }
        database.backUp("every-30-minutes");
        return true;
    }

    /** The backups, newest first, with what the restore list shows of each. */
    public List<BackupSummary> backups() {
        return database.backups().files().stream().map(Backups::summary).toList();
    }
}
