package org.protocoldesk.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.protocoldesk.store.Database;

/**
 * Fills a database with the records of a protocol office that has served fifteen years. The same scale and seed
 * always give the same rows: every benchmark and scale test of the project uses this generator, through
 * {@link GeneratedDatabase}. It leaves no planner statistics behind, as an office's database grown by an older
 * version of the app would have none.
 */
public final class OfficeGenerator {
    private OfficeGenerator() {
    }

    /**
     * Creates the database in {@code dataDir} with the app's own migrations, then loads it in one transaction on a
     * connection of its own, with no journal and no sync: a generation that fails leaves a file to throw away, so
     * the durability the app needs would only slow it down.
     */
    public static void generate(Path dataDir, Scale scale, long seed) {
        Database.open(dataDir).close();
        String url = "jdbc:sqlite:" + dataDir.resolve(Database.FILE_NAME).toAbsolutePath();
        try (Connection connection = DriverManager.getConnection(url)) {
            try (Statement pragmas = connection.createStatement()) {
                pragmas.execute("PRAGMA journal_mode = OFF");
                pragmas.execute("PRAGMA synchronous = OFF");
                pragmas.execute("PRAGMA foreign_keys = ON");
                pragmas.execute("PRAGMA cache_size = -262144");
            }
            DSL.using(connection, SQLDialect.SQLITE).transaction(tx -> {
                Skeleton office = new Skeleton(scale, seed);
                TableLoader loader = new TableLoader(tx.dsl());
                new RegistryGenerator(office, loader).generate();
                new ProgrammeGenerator(office, loader).generate();
                new CommitmentGenerator(office, loader).generate();
            });
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot generate the office in " + dataDir, e);
        }
    }
}
