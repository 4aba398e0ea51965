package org.protocoldesk.store;

import java.sql.SQLException;
import java.util.Optional;
import org.protocoldesk.model.WriteFailure;
import org.sqlite.SQLiteErrorCode;

/** Tells the SQLite result codes that mean "the machine could not take the write" from faults of the record. */
final class WriteFailures {
    private WriteFailures() {
    }

    static Optional<WriteFailure> of(Throwable problem) {
        for (Throwable t = problem; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                Optional<WriteFailure> failure = of(sql.getErrorCode() & 0xFF); // the primary code of an extended one
                if (failure.isPresent()) {
                    return failure;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<WriteFailure> of(int primaryCode) {
        if (primaryCode == SQLiteErrorCode.SQLITE_FULL.code) {
            return Optional.of(WriteFailure.DISK_FULL);
        } else if (primaryCode == SQLiteErrorCode.SQLITE_BUSY.code || primaryCode == SQLiteErrorCode.SQLITE_LOCKED.code) {
            return Optional.of(WriteFailure.DATA_FILE_IN_USE);
        } else if (primaryCode == SQLiteErrorCode.SQLITE_READONLY.code) {
            return Optional.of(WriteFailure.DATA_FILE_READ_ONLY);
        } else if (primaryCode == SQLiteErrorCode.SQLITE_IOERR.code) {
            return Optional.of(WriteFailure.DISK_ERROR);
        }
        return Optional.empty();
    }
}
