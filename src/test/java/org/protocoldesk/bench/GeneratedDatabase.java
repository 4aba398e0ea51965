package org.protocoldesk.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.protocoldesk.store.Database;

/**
 * The generated office's database, built once and kept under {@code target/bench/db/} (or {@code -Dbench.dir}) in a
 * folder named by scale, seed and a digest of the schema migrations and of the generator's own classes: a changed
 * migration or generator builds a new one, an unchanged one is reused. The cached file is never opened itself —
 * callers get a copy, so what they write (and the statistics the app stores on open) stays out of the cache.
 */
public final class GeneratedDatabase {
    public static final long DEFAULT_SEED = 20_111_201L;
    private static final List<Class<?>> GENERATOR = List.of(OfficeGenerator.class, RegistryGenerator.class,
            ProgrammeGenerator.class, CommitmentGenerator.class, Skeleton.class, Vocabulary.class,
            TableLoader.class, Transliteration.class, Scale.class);

    private GeneratedDatabase() {
    }

    /** The folder holding the generated database for this scale and seed, generating it first if needed. */
    public static Path cached(Scale scale, long seed) {
        Path folder = benchDir().resolve("db").resolve(scale.name() + "-" + seed + "-" + schemaAndGeneratorDigest());
        if (Files.isRegularFile(folder.resolve(Database.FILE_NAME))) {
            return folder;
        }
        try {
            Files.createDirectories(folder.getParent());
            Path building = Files.createTempDirectory(folder.getParent(), folder.getFileName() + ".building-");
            long started = System.nanoTime();
            OfficeGenerator.generate(building, scale, seed);
            System.out.printf("Generated the %s office (seed %d) in %.1f s: %s%n", scale.name(), seed,
                    (System.nanoTime() - started) / 1e9, folder);
            try {
                Files.move(building, folder, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException alreadyThere) {
                deleteTree(building); // another run generated it meanwhile: keep theirs
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the generated database into {@code dataDir} (created if needed), ready for {@code Database.open}. */
    public static Path copyInto(Path dataDir, Scale scale, long seed) {
        try {
            Files.createDirectories(dataDir);
            Files.copy(cached(scale, seed).resolve(Database.FILE_NAME), dataDir.resolve(Database.FILE_NAME),
                    StandardCopyOption.REPLACE_EXISTING);
            return dataDir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path benchDir() {
        return Path.of(System.getProperty("bench.dir", "target/bench"));
    }

    private static String schemaAndGeneratorDigest() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            URL migrations = Database.class.getResource("/db/migration");
            if (migrations == null || !migrations.getProtocol().equals("file")) {
                throw new IllegalStateException("The migrations are not a folder on the class path: " + migrations);
            }
            try (Stream<Path> files = Files.list(Path.of(migrations.toURI()))) {
                for (Path file : files.sorted().toList()) {
                    digest.update(file.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    digest.update(Files.readAllBytes(file));
                }
            }
            for (Class<?> type : GENERATOR) {
                try (InputStream bytes = type.getResourceAsStream(type.getSimpleName() + ".class")) {
                    digest.update(bytes.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
