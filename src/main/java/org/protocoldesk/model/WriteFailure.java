package org.protocoldesk.model;

/** Why the data file could not take a write, when the reason lies with the machine rather than with the record. */
public enum WriteFailure {
    DISK_FULL,
    DATA_FILE_IN_USE,
    DATA_FILE_READ_ONLY,
    DISK_ERROR
}
