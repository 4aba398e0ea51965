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
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;
import org.protocoldesk.store.DataStore;
import org.protocoldesk.store.Database;

/**
 * Times one {@link BenchPath} through the app's stores and as its plain-JDBC twin <em>interleaved</em>: each
 * invocation runs both, back to back, taking turns at going first, and times each read on its own. Both sides so see
 * the same load, caches and JIT state, and their ratio is a fair one on a shared machine; timing them in separate
 * JMH windows minutes apart was not (a twin once came out slower than the jOOQ read). JMH's own figure is that of
 * the pair; the reads' own times, of the measured iterations only, go to {@link PairedTimes} for {@link BenchMain}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class QueryBench {
    /** Set at run time by {@link BenchMain} from {@link BenchPaths}. */
    @Param("counterparts")
    public String path;

    private Database database;
    private DataStore data;
    private OfficeFacts facts;
    private BenchPath measured;
    private JdbcTwin twin;
    private PairedTimes times;
    private boolean measuring;
    private boolean jooqFirst;

    @Setup(Level.Trial)
    public void open() {
        database = Database.open(Path.of(System.getProperty("bench.data")));
        data = new DataStore(database.configuration());
        facts = OfficeFacts.of(data);
        measured = BenchPaths.byId(path);
        List<RecordedStatement> statements = StatementRecorder.statementsOf(database,
                stores -> measured.read().run(stores, facts));
        twin = new JdbcTwin(database.configuration().connectionProvider(), statements);
        times = new PairedTimes();
    }

    @Setup(Level.Iteration)
    public void iteration(IterationParams iteration) {
        measuring = iteration.getType() == IterationType.MEASUREMENT;
    }

    @Benchmark
    public void readBoth(Blackhole results) throws SQLException {
        long jooqNanos;
        long twinNanos;
        jooqFirst = !jooqFirst;
        if (jooqFirst) {
            jooqNanos = timeJooq(results);
            twinNanos = timeTwin(results);
        } else {
            twinNanos = timeTwin(results);
            jooqNanos = timeJooq(results);
        }
        if (measuring) {
            times.add(jooqNanos, twinNanos);
        }
    }

    private long timeJooq(Blackhole results) {
        long start = System.nanoTime();
        results.consume(data.read(stores -> measured.read().run(stores, facts)));
        return System.nanoTime() - start;
    }

    private long timeTwin(Blackhole results) throws SQLException {
        long start = System.nanoTime();
        results.consume(twin.run());
        return System.nanoTime() - start;
    }

    @TearDown(Level.Trial)
    public void close() {
        times.writeTo(PairedTimes.file(Path.of(System.getProperty("bench.pairs")), path));
        database.close();
    }
}
