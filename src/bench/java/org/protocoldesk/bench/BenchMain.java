package org.protocoldesk.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Statistics;

/**
 * The benchmark of {@code mvn -Pbench verify}: takes the generated office (generating it once per scale, seed and
 * schema), copies it for this run, times every {@link BenchPaths} path through jOOQ and as its plain-JDBC twin,
 * interleaved in one JMH run ({@link QueryBench}), and every {@link ReportPaths} export with JMH, and writes {@code target/bench/results.md} and {@code results.json}.
 *
 * <p>System properties: {@code bench.scale} (full, test or a factor; full), {@code bench.seed},
 * {@code bench.include} (a regular expression over path ids), {@code bench.warmup} and {@code bench.iterations}
 * (JMH iterations of {@code bench.seconds} each; 3, 5, 1), {@code bench.jvmArgs} (options, separated by blanks,
 * appended to the forked benchmark JVM's, e.g. {@code -XX:TieredStopAtLevel=1} as in the app image; none).
 */
public final class BenchMain {
    private BenchMain() {
    }

    public static void main(String[] args) throws RunnerException {
        Scale scale = Scale.parse(System.getProperty("bench.scale", "full"));
        long seed = Long.getLong("bench.seed", GeneratedDatabase.DEFAULT_SEED);
        Pattern include = Pattern.compile(System.getProperty("bench.include", ".*"));
        Path data = GeneratedDatabase.copyInto(GeneratedDatabase.benchDir().resolve("run"), scale, seed)
                .toAbsolutePath();

        List<BenchPath> paths = BenchPaths.ALL.stream().filter(p -> include.matcher(p.id()).matches()).toList();
        List<ReportPath> reports = ReportPaths.ALL.stream().filter(p -> include.matcher(p.id()).matches()).toList();
        Path pairs = GeneratedDatabase.benchDir().resolve("pairs").toAbsolutePath();
        deleteOldPairs(pairs);
        int seconds = Integer.getInteger("bench.seconds", 1);
        String extraJvmArgs = System.getProperty("bench.jvmArgs", "").trim();
        List<String> jvmArgs = new ArrayList<>(List.of("-Xmx1g", "-Dbench.data=" + data, "-Dbench.pairs=" + pairs, "-Dorg.jooq.no-logo=true",
                "-Dorg.jooq.no-tips=true", "-Djava.util.logging.config.file=" + logging()));
        if (!extraJvmArgs.isEmpty()) {
            jvmArgs.addAll(List.of(extraJvmArgs.split("\\s+")));
        }
        ChainedOptionsBuilder builder = new OptionsBuilder();
        if (!paths.isEmpty()) {
            builder.include(QueryBench.class.getName() + ".readBoth$")
                    .param("path", paths.stream().map(BenchPath::id).toArray(String[]::new));
        }
        if (!reports.isEmpty()) {
            builder.include(ReportBench.class.getName() + ".export$")
                    .param("report", reports.stream().map(ReportPath::id).toArray(String[]::new));
        }
        Options options = builder
                .forks(1)
                .warmupIterations(Integer.getInteger("bench.warmup", 3))
                .warmupTime(TimeValue.seconds(seconds))
                .measurementIterations(Integer.getInteger("bench.iterations", 5))
                .measurementTime(TimeValue.seconds(seconds))
                .jvmArgsAppend(jvmArgs.toArray(String[]::new))
                .build();
        Collection<RunResult> results = new Runner(options).run();

        List<Measurement> measurements = new ArrayList<>();
        for (BenchPath path : paths) {
            measurements.add(Measurement.of(path, PairedTimes.readFrom(PairedTimes.file(pairs, path.id()))));
        }
        List<ReportMeasurement> reportMeasurements = reports.stream()
                .map(r -> new ReportMeasurement(r, timing(results, "report", r.id()))).toList();
        String heading = String.format("Generated office: scale %s (%,d counterparts, %,d meetings, %,d invitations, "
                        + "%,d follow-ups), seed %d. JVM %s%s, %d processors.", scale.name(), scale.counterparts(),
                scale.meetings(), scale.invitations(), scale.followUps(), seed, Runtime.version(),
                extraJvmArgs.isEmpty() ? "" : " with " + extraJvmArgs,
                Runtime.getRuntime().availableProcessors());
        System.out.println(new ResultsReport(heading, measurements, reportMeasurements).writeTo(GeneratedDatabase.benchDir()));
    }

    /** The timing of the run whose parameter {@code param} is {@code id}. */
    private static Measurement.Timing timing(Collection<RunResult> results, String param, String id) {
        RunResult result = results.stream()
                .filter(r -> id.equals(r.getParams().getParam(param)))
                .findFirst().orElseThrow(() -> new IllegalStateException("No result for " + id));
        Statistics statistics = result.getPrimaryResult().getStatistics();
        return new Measurement.Timing(statistics.getPercentile(50), statistics.getPercentile(95), statistics.getN());
    }

    /** A path left out of this run must not report the pairs of an earlier one. */
    private static void deleteOldPairs(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.delete(file);
            }
        } catch (NoSuchFileException none) {
            // nothing from an earlier run
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path logging() {
        try {
            Path file = GeneratedDatabase.benchDir().resolve("logging.properties").toAbsolutePath();
            Files.writeString(file, ".level = WARNING\nhandlers = java.util.logging.ConsoleHandler\n");
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
