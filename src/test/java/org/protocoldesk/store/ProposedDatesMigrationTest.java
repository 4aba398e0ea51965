package org.protocoldesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protocoldesk.model.ApproximateDate;
import org.protocoldesk.model.Invitation;

/**
 * The update that made proposed visit dates approximate, run on invitations written before it: a span of whole
 * months or years typed as days (as the Log meeting form asked) becomes those months or that year; any other span
 * stays as it was. Found by its description, not its number (the lead renumbers migrations).
 */
class ProposedDatesMigrationTest {
    private static final String DESCRIPTION = "invitation proposed dates approximate";

    @TempDir
    Path dataDir;

    @Test
    void spansOfWholeMonthsOrYearsBecomeMonthsOrYearsAndOtherSpansStay() throws SQLException {
        Path file = dataDir.resolve(Database.FILE_NAME);
        String url = "jdbc:sqlite:" + file;
        MigrationSteps.migrateToJustBefore(url, DESCRIPTION);
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.execute("PRAGMA foreign_keys = ON");
            st.executeUpdate("INSERT INTO organisation (id, name, sort_key, kind) VALUES (1, 'IAP', 'iap', "
                    + "'international_organisation')");
            insert(st, 1, "'2024-09-01'", "'2024-09-30'");
            insert(st, 2, "'2026-01-01'", "'2026-06-30'");
            insert(st, 3, "'2025-01-01'", "'2025-12-31'");
            insert(st, 4, "'2025-09-25'", "'2025-09-26'");
            insert(st, 5, "'2024-09-01'", "NULL");
        }

        Database database = Database.open(dataDir);
        try {
            DataStore data = new DataStore(database.configuration());
            List<Invitation> read = data.read(s -> List.of(1L, 2L, 3L, 4L, 5L).stream()
                    .map(id -> s.invitations().find(id).orElseThrow()).toList());
            assertThat(read.get(0).proposedFrom()).isEqualTo(ApproximateDate.month(YearMonth.of(2024, 9)));
            assertThat(read.get(0).proposedTo()).isEqualTo(ApproximateDate.month(YearMonth.of(2024, 9)));
            assertThat(read.get(1).proposedFrom()).isEqualTo(ApproximateDate.month(YearMonth.of(2026, 1)));
            assertThat(read.get(1).proposedTo()).isEqualTo(ApproximateDate.month(YearMonth.of(2026, 6)));
            assertThat(read.get(2).proposedFrom()).isEqualTo(ApproximateDate.year(2025));
            assertThat(read.get(2).proposedTo()).isEqualTo(ApproximateDate.year(2025));
            assertThat(read.get(3).proposedFrom()).isEqualTo(ApproximateDate.day(LocalDate.of(2025, 9, 25)));
            assertThat(read.get(3).proposedTo()).isEqualTo(ApproximateDate.day(LocalDate.of(2025, 9, 26)));
            assertThat(read.get(4).proposedFrom()).isEqualTo(ApproximateDate.day(LocalDate.of(2024, 9, 1)));
            assertThat(read.get(4).proposedTo()).isNull();
        } finally {
            database.close();
        }
    }

    private static void insert(Statement st, int id, String start, String end) throws SQLException {
        st.executeUpdate("INSERT INTO invitation (id, direction, occasion, inviter_organisation_id, invitee_name, "
                + "proposed_start, proposed_end) VALUES (" + id + ", 'incoming', 'conference', 1, 'Our office', "
                + start + ", " + end + ")");
    }
}
