package org.protocoldesk.model;

/**
 * Why the database was opened for reading only; the screens word it. {@code detail} is the version or the error
 * that goes with the kind, or empty.
 */
public record ReadOnlyCause(Kind kind, String detail) {
    public enum Kind {
        /** The user made the database file read-only. */
        DATABASE_FILE_READ_ONLY,
        /** The data folder cannot be written to. */
        FOLDER_READ_ONLY,
        /** The schema was made by a newer version of the app; {@code detail} is that schema version. */
        NEWER_VERSION,
        /** Updating the schema failed and was undone; {@code detail} is the version the data stays at. */
        UPDATE_FAILED
    }
}
