package org.protocoldesk.bench;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.jooq.tools.jdbc.DefaultPreparedStatement;
import org.protocoldesk.store.DataStore;
import org.protocoldesk.store.Database;
import org.protocoldesk.store.Stores;

/**
 * Records the statements a read sends to SQLite, with their bound values exactly as jOOQ bound them, so that they
 * can be run again without jOOQ (the benchmark's plain-JDBC twin) or explained ({@code EXPLAIN QUERY PLAN}).
 */
public final class StatementRecorder implements ExecuteListener {
    private final List<RecordedStatement> statements = new ArrayList<>();
    private List<RecordedStatement.Bind> binds = new ArrayList<>();

    /** Runs {@code work} in one read transaction, as the app would, and returns what it sent to the database. */
    public static List<RecordedStatement> statementsOf(Database database, Function<Stores, ?> work) {
        StatementRecorder recorder = new StatementRecorder();
        new DataStore(database.configuration().derive(new DefaultExecuteListenerProvider(recorder))).read(work);
        return List.copyOf(recorder.statements);
    }

    @Override
    public void prepareEnd(ExecuteContext ctx) {
        binds = new ArrayList<>();
        if (ctx.statement() != null) {
            ctx.statement(new Recording(ctx.statement(), binds));
        }
    }

    @Override
    public void executeEnd(ExecuteContext ctx) {
        statements.add(new RecordedStatement(ctx.sql(), List.copyOf(binds)));
    }

    /** A statement that notes each value bound to it before binding it. */
    private static final class Recording extends DefaultPreparedStatement {
        private final List<RecordedStatement.Bind> binds;

        Recording(PreparedStatement delegate, List<RecordedStatement.Bind> binds) {
            super(delegate);
            this.binds = binds;
        }

        private void note(RecordedStatement.Bind bind) throws SQLException {
            binds.add(bind);
            bind.applyTo(getDelegate());
        }

        @Override
        public void setNull(int i, int type) throws SQLException {
            note(s -> s.setNull(i, type));
        }

        @Override
        public void setBoolean(int i, boolean v) throws SQLException {
            note(s -> s.setBoolean(i, v));
        }

        @Override
        public void setShort(int i, short v) throws SQLException {
            note(s -> s.setShort(i, v));
        }

        @Override
        public void setInt(int i, int v) throws SQLException {
            note(s -> s.setInt(i, v));
        }

        @Override
        public void setLong(int i, long v) throws SQLException {
            note(s -> s.setLong(i, v));
        }

        @Override
        public void setDouble(int i, double v) throws SQLException {
            note(s -> s.setDouble(i, v));
        }

        @Override
        public void setBigDecimal(int i, BigDecimal v) throws SQLException {
            note(s -> s.setBigDecimal(i, v));
        }

        @Override
        public void setString(int i, String v) throws SQLException {
            note(s -> s.setString(i, v));
        }

        @Override
        public void setBytes(int i, byte[] v) throws SQLException {
            note(s -> s.setBytes(i, v));
        }

        @Override
        public void setDate(int i, Date v) throws SQLException {
            note(s -> s.setDate(i, v));
        }

        @Override
        public void setTime(int i, Time v) throws SQLException {
            note(s -> s.setTime(i, v));
        }

        @Override
        public void setTimestamp(int i, Timestamp v) throws SQLException {
            note(s -> s.setTimestamp(i, v));
        }

        @Override
        public void setObject(int i, Object v) throws SQLException {
            note(s -> s.setObject(i, v));
        }

        @Override
        public void setObject(int i, Object v, int type) throws SQLException {
            note(s -> s.setObject(i, v, type));
        }
    }
}
