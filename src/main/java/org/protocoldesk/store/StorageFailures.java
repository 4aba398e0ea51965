package org.protocoldesk.store;

import java.util.Optional;
import org.protocoldesk.model.StorageFailedException;
import org.protocoldesk.model.StorageProblem;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Tells, from SQLite's result code, the failures of a write that the user can act on: the database locked by
 * another connection past the busy timeout, or no room left on the disk. Other failures are left as they are.
 */
final class StorageFailures {
    private StorageFailures() {
    }

    /** {@code failure} as a {@link StorageFailedException} when SQLite reports one of those, else itself. */
    static RuntimeException translated(RuntimeException failure) {
        return problemOf(failure).<RuntimeException>map(problem -> new StorageFailedException(problem, failure))
                .orElse(failure);
    }

    private static Optional<StorageProblem> problemOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLiteException sqlite) {
                return problemOf(sqlite.getResultCode());
            }
        }
        return Optional.empty();
    }

    private static Optional<StorageProblem> problemOf(SQLiteErrorCode code) {
        // Extended codes (SQLITE_BUSY_SNAPSHOT, SQLITE_IOERR_WRITE...) keep the primary code in the low byte.
        int primary = code.code & 0xff;
        if (primary == SQLiteErrorCode.SQLITE_BUSY.code || primary == SQLiteErrorCode.SQLITE_LOCKED.code) {
            return Optional.of(StorageProblem.DATABASE_BUSY);
        }
        if (primary == SQLiteErrorCode.SQLITE_FULL.code) {
            return Optional.of(StorageProblem.DISK_FULL);
        }
        return Optional.empty();
    }
}
