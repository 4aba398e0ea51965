package org.protocoldesk.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * Puts a backup in place of the database of a data folder whose database is closed and whose lock the caller holds.
 * The backup is checked first; the files it replaces (the database with its WAL and shared-memory files, damaged or
 * not) are moved aside into {@code backups/replaced-<UTC time>/}, never deleted; the copy is written under a
 * temporary name, synced, and moved in.
 */
public final class Restore {
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Restore() {
    }

    /** Checks {@code backup} and puts it in place; returns the folder where the replaced files were kept. */
    public static Path replace(Path dataDir, Path backup, Clock clock) {
        Optional<String> problem = HealthCheck.problem(backup, true);
        if (problem.isPresent()) {
            throw new IllegalArgumentException("The backup " + backup + " is not a good copy: " + problem.get());
        }
        Backups.summary(backup); // it must be a Protocol Desk database, not any SQLite file
        Path database = dataDir.resolve(Database.FILE_NAME);
        Path incoming = dataDir.resolve("." + Database.FILE_NAME + ".restoring");
        Path aside = dataDir.resolve(Backups.FOLDER).resolve("replaced-" + STAMP.format(clock.instant()));
        try {
            Files.deleteIfExists(incoming);
            PrivateFiles.createFile(incoming);
            try (FileChannel in = FileChannel.open(backup, StandardOpenOption.READ);
                 FileChannel out = FileChannel.open(incoming, StandardOpenOption.WRITE)) {
                long size = in.size();
                for (long done = 0; done < size; ) {
                    done += out.transferFrom(in, done, size - done);
                }
                out.force(true);
            }
            PrivateFiles.createDirectories(aside);
            // The WAL goes too: left beside the restored file, SQLite would replay it onto the wrong database.
            for (String suffix : List.of("", "-wal", "-shm")) {
                Path each = dataDir.resolve(Database.FILE_NAME + suffix);
                if (Files.exists(each)) {
                    Files.move(each, aside.resolve(each.getFileName()));
                }
            }
            Files.move(incoming, database, StandardCopyOption.ATOMIC_MOVE);
            return aside;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot restore " + backup + " into " + dataDir, e);
        }
    }
}
