package org.protocoldesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

class SchemaHistoryTest {
    private static final String MIGRATIONS = "classpath:db/migration";

    @TempDir
    Path tmp;

    @Test
    void theBuildListsEveryMigrationItCarries() throws IOException {
        Set<String> files;
        try (Stream<Path> migrations = Files.list(Path.of("src/main/resources/db/migration"))) {
            files = migrations.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".sql"))
                    .map(name -> name.substring(1, name.indexOf("__"))).collect(Collectors.toSet());
        }
        assertThat(SchemaHistory.shippedVersions(MIGRATIONS)).contains(files);
    }

    @Test
    void aSchemaMigratedByThisBuildIsCurrentAndANewFileIsNot() {
        Path dir = tmp.resolve("data");
        assertThat(SchemaHistory.current(source(dir.resolve("other.db")), MIGRATIONS)).isFalse();
        Database.open(dir).close();
        assertThat(SchemaHistory.current(source(dir.resolve(Database.FILE_NAME)), MIGRATIONS)).isTrue();
    }

    @Test
    void aFailedMigrationInTheHistoryIsNotCurrent() throws SQLException {
        Path file = migrated();
        execute(file, "UPDATE flyway_schema_history SET success = 0 WHERE version = '1'");
        assertThat(SchemaHistory.current(source(file), MIGRATIONS)).isFalse();
    }

    @Test
    void aVersionThisBuildDoesNotShipIsNotCurrentAndStillOpensReadOnly() throws SQLException {
        Path file = migrated();
        execute(file, "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
                + " installed_by, execution_time, success) VALUES (999, '999', 'later', 'SQL', 'V999__later.sql',"
                + " 'test', 0, 1)");
        assertThat(SchemaHistory.current(source(file), MIGRATIONS)).isFalse();
        try (Database database = Database.open(file.getParent())) {
            assertThat(database.readOnly()).isPresent();
        }
    }

    @Test
    void aMigrationNotYetAppliedIsNotCurrent() throws SQLException {
        Path file = migrated();
        execute(file, "DELETE FROM flyway_schema_history WHERE version = '2'");
        assertThat(SchemaHistory.current(source(file), MIGRATIONS)).isFalse();
    }

    @Test
    void locationsWithoutAListAreLeftToFlyway() {
        Path file = migrated();
        assertThat(SchemaHistory.current(source(file), MIGRATIONS, "classpath:db/later")).isFalse();
        assertThat(SchemaHistory.current(source(file), "filesystem:" + tmp)).isFalse();
    }

    private Path migrated() {
        Path dir = tmp.resolve("migrated");
        Database.open(dir).close();
        return dir.resolve(Database.FILE_NAME);
    }

    private static SQLiteDataSource source(Path file) {
        SQLiteDataSource source = new SQLiteDataSource();
        source.setUrl("jdbc:sqlite:" + file);
        return source;
    }

    private static void execute(Path file, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            connection.createStatement().execute(sql);
        }
    }
}
