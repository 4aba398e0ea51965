package org.protocoldesk.model;

/** Why the database could not store a write that was valid: nothing of it was stored. */
public enum StorageProblem {
    /** Another connection (a second program, a backup) held the write lock for longer than the busy timeout. */
    DATABASE_BUSY,
    /** The disk (or the database's size limit) had no room for the write. */
    DISK_FULL
}
