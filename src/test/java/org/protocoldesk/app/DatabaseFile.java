package org.protocoldesk.app;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.protocoldesk.store.Database;

/** The database file of a running app, read beside it as another reader of its WAL would: what it really stored. */
final class DatabaseFile {
    private DatabaseFile() {
    }

    /** The first column of the first row of {@code sql}, as text; null when there is no row. */
    static String query(Path dataDir, String sql) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve(Database.FILE_NAME));
             PreparedStatement st = c.prepareStatement(sql); ResultSet r = st.executeQuery()) {
            return r.next() ? r.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
