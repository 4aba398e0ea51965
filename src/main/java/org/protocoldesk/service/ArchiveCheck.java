package org.protocoldesk.service;

/** What a check of an archived export against the file on disk found. */
public enum ArchiveCheck {
    /** The file holds the bytes archived (same SHA-256). */
    UNCHANGED,
    /** The file is there but its content differs from what was exported. */
    CHANGED,
    /** No file where the export was written. */
    MISSING,
    /** The export was archived before the path was recorded: there is nothing to check against. */
    NOT_RECORDED
}
