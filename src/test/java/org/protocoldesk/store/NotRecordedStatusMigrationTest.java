package org.protocoldesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protocoldesk.model.InvitationStatus;
import org.protocoldesk.model.TripStatus;

/**
 * The update that lets a trip and an invitation be "not recorded", run on a database whose trip and invitation
 * already have children: SQLite cannot alter a CHECK, and rebuilding a parent table in a migration moved or cut the
 * children's references (docs/decisions/0050-not-recorded-status.md).
 */
class NotRecordedStatusMigrationTest {
    private static final String DESCRIPTION = "not recorded status";

    @TempDir
    Path dataDir;

    @Test
    void everyChildKeepsItsTripInvitationAndMeetingAndTheNewStatusIsAllowedWhileOthersAreStillRefused()
            throws SQLException {
        String url = "jdbc:sqlite:" + dataDir.resolve(Database.FILE_NAME);
        MigrationSteps.migrateToJustBefore(url, DESCRIPTION);
        try (Connection before = DriverManager.getConnection(url); Statement st = before.createStatement()) {
            st.execute("PRAGMA foreign_keys = ON");
            writeTripWithChildren(st);
            assertThatThrownBy(() -> st.executeUpdate("UPDATE trip SET status = 'not_recorded'"))
                    .hasMessageContaining("CHECK");

            MigrationSteps.migrateAll(url);

            assertThat(rows(st, "SELECT id, trip_id FROM meeting ORDER BY id")).containsExactly("1|1", "2|1");
            assertThat(rows(st, "SELECT id, meeting_id FROM document")).containsExactly("1|1");
            assertThat(rows(st, "SELECT id, fulfilled_by_trip_id, extended_at_meeting_id FROM invitation"))
                    .containsExactly("1|1|2");
            assertThat(rows(st, "SELECT invitation_id, status FROM invitation_status_change"))
                    .containsExactly("1|accepted", "1|fulfilled");
            assertThat(rows(st, "SELECT trip_id, city FROM trip_destination")).containsExactly("1|Tashkent");
            assertThat(rows(st, "PRAGMA foreign_key_check")).isEmpty();
            assertThat(rows(st, "PRAGMA integrity_check")).containsExactly("ok");

            // A connection that read the old schema before the update sees the new CHECK.
            st.executeUpdate("UPDATE trip SET status = 'not_recorded'");
            st.executeUpdate("UPDATE invitation SET status = 'not_recorded'");
            st.executeUpdate("INSERT INTO invitation_status_change (invitation_id, status, changed_on) "
                    + "VALUES (1, 'not_recorded', '2025-10-01')");
            assertThatThrownBy(() -> st.executeUpdate("UPDATE trip SET status = 'unknown'"))
                    .hasMessageContaining("CHECK");
            assertThatThrownBy(() -> st.executeUpdate("UPDATE invitation SET status = 'unknown'"))
                    .hasMessageContaining("CHECK");
        }
        try (Database database = Database.open(dataDir)) {
            DataStore data = new DataStore(database.configuration());
            assertThat(data.read((Stores s) -> s.trips().find(1L).orElseThrow().status()))
                    .isEqualTo(TripStatus.NOT_RECORDED);
            assertThat(data.read((Stores s) -> s.invitations().find(1L).orElseThrow().status()))
                    .isEqualTo(InvitationStatus.NOT_RECORDED);
        }
    }

    private static void writeTripWithChildren(Statement st) throws SQLException {
        st.executeUpdate("INSERT INTO trip (id, title, start_date, end_date) VALUES (1, 'Tashkent', '2025-09-25', "
                + "'2025-09-26')");
        st.executeUpdate("INSERT INTO trip_destination (trip_id, position, city) VALUES (1, 1, 'Tashkent')");
        st.executeUpdate("INSERT INTO meeting (id, kind, local_date, time_zone, trip_id) VALUES "
                + "(1, 'multilateral', '2025-09-25', 'Asia/Tashkent', 1), "
                + "(2, 'bilateral', '2025-09-26', 'Asia/Tashkent', 1)");
        st.executeUpdate("INSERT INTO document (id, kind, title, status, meeting_id) VALUES (1, 'plan', "
                + "'Plan of Interaction', 'adopted', 1)");
        st.executeUpdate("INSERT INTO invitation (id, direction, occasion, inviter_name, invitee_name, status, "
                + "fulfilled_by_trip_id, extended_at_meeting_id) VALUES (1, 'incoming', 'conference', "
                + "'5th Meeting', 'Our office', 'fulfilled', 1, 2)");
        st.executeUpdate("INSERT INTO invitation_status_change (invitation_id, status, changed_on) VALUES "
                + "(1, 'accepted', '2025-06-01'), (1, 'fulfilled', '2025-09-26')");
    }

    private static List<String> rows(Statement st, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet r = st.executeQuery(query)) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    values.add(r.getString(i));
                }
                rows.add(String.join("|", values));
            }
        }
        return rows;
    }
}
