package org.protocoldesk.bench;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.protocoldesk.store.DataStore;
import org.protocoldesk.store.Database;

/**
 * Times one {@link BenchPath} either through the app's stores ({@code via=jooq}) or as its plain-JDBC twin
 * ({@code via=jdbc}), on the generated office copied for this run (system property {@code bench.data}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class QueryBench {
    static final String JOOQ = "jooq";
    static final String JDBC = "jdbc";

    /** Set at run time by {@link BenchMain} from {@link BenchPaths}. */
    @Param("counterparts")
    public String path;

    @Param({JOOQ, JDBC})
    public String via;

    private Database database;
    private DataStore data;
    private OfficeFacts facts;
    private BenchPath measured;
    private JdbcTwin twin;

    @Setup(Level.Trial)
    public void open() {
        database = Database.open(Path.of(System.getProperty("bench.data")));
        data = new DataStore(database.configuration());
        facts = OfficeFacts.of(data);
        measured = BenchPaths.byId(path);
        List<RecordedStatement> statements = StatementRecorder.statementsOf(database,
                stores -> measured.read().run(stores, facts));
        twin = new JdbcTwin(database.configuration().connectionProvider(), statements);
    }

    @Benchmark
    public Object read() throws SQLException {
        return via.equals(JOOQ) ? data.read(stores -> measured.read().run(stores, facts)) : twin.run();
    }

    @TearDown(Level.Trial)
    public void close() {
        database.close();
    }
}
