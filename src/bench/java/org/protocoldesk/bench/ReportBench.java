package org.protocoldesk.bench;

import java.nio.file.Path;
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
 * Times one {@link ReportPath} (read, compose, render) on the generated office copied for this run, with the
 * services built once as in the app, so the warm figures include what the renderers keep between exports.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReportBench {
    /** Set at run time by {@link BenchMain} from {@link ReportPaths}. */
    @Param("report.trip.pdf")
    public String report;

    private Database database;
    private ReportServices services;
    private OfficeFacts facts;
    private ReportPath measured;

    @Setup(Level.Trial)
    public void open() {
        database = Database.open(Path.of(System.getProperty("bench.data")));
        DataStore data = new DataStore(database.configuration());
        facts = OfficeFacts.of(data);
        services = new ReportServices(data);
        measured = ReportPaths.byId(report);
    }

    @Benchmark
    public byte[] export() {
        return measured.produce().run(services, facts);
    }

    @TearDown(Level.Trial)
    public void close() {
        database.close();
    }
}
