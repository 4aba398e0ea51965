package org.protocoldesk.model;

import java.nio.file.Path;
import java.time.Instant;

/** A backup as the restore list shows it: when it was taken, its size, and how many records of each kind it holds. */
public record BackupSummary(Path file, Instant takenAt, long bytes, int people, int meetings, int trips) {
}
