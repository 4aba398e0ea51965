package org.protocoldesk.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The times of a path's jOOQ reads and of its twin's, in pairs taken back to back ({@link QueryBench}), kept in a
 * file per path (one pair a line, nanoseconds) from the forked benchmark JVM to {@link BenchMain}.
 */
final class PairedTimes {
    private final List<long[]> pairs = new ArrayList<>();

    void add(long jooqNanos, long twinNanos) {
        pairs.add(new long[] {jooqNanos, twinNanos});
    }

    static Path file(Path folder, String pathId) {
        return folder.resolve(pathId + ".pairs");
    }

    void writeTo(Path file) {
        StringBuilder out = new StringBuilder();
        for (long[] pair : pairs) {
            out.append(pair[0]).append(' ').append(pair[1]).append('\n');
        }
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PairedTimes readFrom(Path file) {
        PairedTimes times = new PairedTimes();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] nanos = line.split(" ");
                times.add(Long.parseLong(nanos[0]), Long.parseLong(nanos[1]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return times;
    }

    Measurement.Timing jooq() {
        return timing(0);
    }

    Measurement.Timing twin() {
        return timing(1);
    }

    /** The median over the pairs of each jOOQ read's time over that of the twin read beside it. */
    double medianPairRatio() {
        double[] ratios = pairs.stream().mapToDouble(p -> (double) p[0] / p[1]).sorted().toArray();
        return percentile(ratios, 50);
    }

    private Measurement.Timing timing(int side) {
        double[] ms = pairs.stream().mapToDouble(p -> p[side] / 1e6).sorted().toArray();
        return new Measurement.Timing(percentile(ms, 50), percentile(ms, 95), ms.length);
    }

    /** The nearest-rank percentile of sorted values. */
    private static double percentile(double[] sorted, double percent) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(percent / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
