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
import java.util.ArrayList;
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

    /** Refuses a backup that is not a whole Protocol Desk database; to be called before anything is closed. */
    public static void check(Path backup) {
        Optional<String> problem = HealthCheck.problem(backup, true);
        if (problem.isPresent()) {
            throw new IllegalArgumentException("The backup " + backup + " is not a good copy: " + problem.get());
        }
        Backups.summary(backup); // it must be a Protocol Desk database, not any SQLite file
    }

    /**
     * Checks {@code backup} and puts it in place; returns the folder where the replaced files were kept. When it
     * fails, the database files are where they were and no temporary copy is left.
     */
    public static Path replace(Path dataDir, Path backup, Clock clock) {
        check(backup);
        Path incoming = dataDir.resolve("." + Database.FILE_NAME + ".restoring");
        Path aside = dataDir.resolve(Backups.FOLDER).resolve("replaced-" + STAMP.format(clock.instant()));
        try {
            copy(backup, incoming);
            swapIn(dataDir, incoming, aside);
            return aside;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot restore " + backup + " into " + dataDir, e);
        } finally {
            deleteQuietly(incoming);
        }
    }

    private static void copy(Path backup, Path incoming) throws IOException {
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
    }

    // The WAL goes aside too: left beside the restored file, SQLite would replay it onto the wrong database.
    private static void swapIn(Path dataDir, Path incoming, Path aside) throws IOException {
        PrivateFiles.createDirectories(aside);
        List<Path> movedAside = new ArrayList<>();
        try {
            for (String suffix : List.of("", "-wal", "-shm")) {
                Path each = dataDir.resolve(Database.FILE_NAME + suffix);
                if (Files.exists(each)) {
                    Files.move(each, aside.resolve(each.getFileName()));
                    movedAside.add(each);
                }
            }
            Files.move(incoming, dataDir.resolve(Database.FILE_NAME), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            for (Path original : movedAside) {
                try {
                    Files.move(aside.resolve(original.getFileName()), original);
                } catch (IOException putBack) {
                    e.addSuppressed(putBack);
                }
            }
            throw e;
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a leftover temporary copy is replaced by the next restore
        }
    }
}
