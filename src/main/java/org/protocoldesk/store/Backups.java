package org.protocoldesk.store;

import static org.protocoldesk.store.generated.Tables.MEETING;
import static org.protocoldesk.store.generated.Tables.PERSON;
import static org.protocoldesk.store.generated.Tables.TRIP;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.protocoldesk.model.BackupSummary;
import org.sqlite.SQLiteConfig;

/**
 * The verified backups in {@code backups/}: each is written by {@code VACUUM INTO} (a consistent copy while writes go
 * on) under a temporary name, opened and checked ({@code integrity_check}, {@code foreign_key_check}), and only then
 * renamed to {@code protocol-desk-<UTC time>-<reason>.db}, so that a file with that name is always a good copy. A
 * database that fails its own quick check is never copied. Old backups are thinned by {@link BackupThinning}.
 */
public final class Backups {
    private static final int WAL_HEADER_BYTES = 32;
    public static final String FOLDER = "backups";
    private static final String PREFIX = "protocol-desk-";
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final Path folder;
    private final Clock clock;

    public Backups(Path dataDir, Clock clock) {
        this.folder = dataDir.resolve(FOLDER);
        this.clock = clock;
    }

    public Path folder() {
        return folder;
    }

    /** Takes a verified backup of the database behind {@code source}, then thins the old ones. */
    public Path take(DataSource source, String reason) {
        Instant now = clock.instant();
        Path target = folder.resolve(PREFIX + STAMP.format(now) + "-" + reason + ".db");
        try {
            PrivateFiles.createDirectories(folder);
            copy(source, target);
            thin(now);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write a backup in " + folder, e);
        }
    }

    /**
     * Writes a verified copy of the database behind {@code source} to {@code target}, which must not exist: under a
     * temporary name beside it, checked, then renamed. A damaged database is not copied.
     */
    public static void copy(DataSource source, Path target) {
        if (Files.exists(target)) {
            throw new IllegalArgumentException(target + " exists already");
        }
        Path temporary = target.resolveSibling("." + target.getFileName() + ".tmp");
        try {
            Files.deleteIfExists(temporary);
            PrivateFiles.createFile(temporary); // VACUUM INTO fills an empty file: made here, it is private
            try (Connection connection = source.getConnection()) {
                Optional<String> damage = HealthCheck.problem(connection, false);
                if (damage.isPresent()) {
                    throw new DamagedDatabaseException(Path.of(connection.getMetaData().getURL().replaceFirst("^jdbc:sqlite:", "")),
                            damage.get());
                }
                try (Statement statement = connection.createStatement()) {
                    statement.execute("VACUUM INTO '" + temporary.toAbsolutePath().toString().replace("'", "''") + "'");
                }
            }
            Optional<String> problem = HealthCheck.problem(temporary, true);
            if (problem.isPresent()) {
                throw new IllegalStateException("The backup did not pass its check: " + problem.get());
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the backup " + target, e);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot write the backup " + target + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    /** The backups, newest first. */
    public List<Path> files() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> all = Files.list(folder)) {
            return all.filter(f -> takenAt(f).isPresent())
                    .sorted(Comparator.comparing((Path f) -> takenAt(f).orElseThrow()).reversed())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the backups in " + folder, e);
        }
    }

    /** The newest backup, if any, and when it was taken. */
    public Optional<Instant> newest() {
        return files().stream().findFirst().flatMap(Backups::takenAt);
    }

    /** Whether the database changed since the newest backup (or has none); false for a database not made yet. */
    public boolean changedSinceNewest() {
        Path file = folder.resolveSibling(Database.FILE_NAME);
        try {
            if (!Files.exists(file) || Files.size(file) == 0) {
                return false;
            }
            Instant changed = Files.getLastModifiedTime(file).toInstant();
            Path wal = file.resolveSibling(Database.FILE_NAME + "-wal");
            // A WAL of no more than its header holds no change: the start's read-only health check leaves an empty
            // one behind, newer than every backup, and each start took a backup for it.
            if (Files.exists(wal) && Files.size(wal) > WAL_HEADER_BYTES) {
                Instant walChanged = Files.getLastModifiedTime(wal).toInstant();
                changed = walChanged.isAfter(changed) ? walChanged : changed;
            }
            Optional<Instant> newest = newest();
            return newest.isEmpty() || changed.isAfter(newest.get());
        } catch (IOException e) {
            return true;
        }
    }

    /** What the restore list shows of a backup: it is opened for reading only to count its records. */
    public static BackupSummary summary(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(),
                config.toProperties())) {
            DSLContext dsl = DSL.using(connection, SQLDialect.SQLITE);
            return new BackupSummary(file, takenAt(file).orElseGet(() -> modified(file)), Files.size(file),
                    dsl.fetchCount(PERSON), dsl.fetchCount(MEETING), dsl.fetchCount(TRIP));
        } catch (SQLException | IOException | org.jooq.exception.DataAccessException e) {
            throw new IllegalStateException("Cannot read the backup " + file + ": " + e.getMessage(), e);
        }
    }

    /** When a backup was taken, read from its name; empty for a file that is not a backup of ours. */
    static Optional<Instant> takenAt(Path file) {
        String name = file.getFileName().toString();
        if (!name.startsWith(PREFIX) || !name.endsWith(".db")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.from(STAMP.parse(name.substring(PREFIX.length(), PREFIX.length() + 20))));
        } catch (DateTimeParseException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    private void thin(Instant now) throws IOException {
        List<Path> all = files();
        Set<Instant> kept = BackupThinning.keep(all.stream().map(f -> takenAt(f).orElseThrow()).toList(), now,
                clock.getZone());
        for (Path each : all) {
            if (!kept.contains(takenAt(each).orElseThrow())) {
                Files.deleteIfExists(each);
            }
        }
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a leftover temporary file is never mistaken for a backup: its name says it is not one
        }
    }
}
