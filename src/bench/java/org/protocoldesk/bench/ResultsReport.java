package org.protocoldesk.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes the measurements as {@code results.md} and {@code results.json} and returns the Markdown to print. */
final class ResultsReport {
    private final String heading;
    private final List<Measurement> measurements;
    private final List<ReportMeasurement> reports;

    ResultsReport(String heading, List<Measurement> measurements, List<ReportMeasurement> reports) {
        this.heading = heading;
        this.measurements = measurements;
        this.reports = reports;
    }

    String writeTo(Path folder) {
        String markdown = markdown();
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("results.md"), markdown, StandardCharsets.UTF_8);
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValue(folder.resolve("results.json").toFile(), json());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return markdown;
    }

    private String markdown() {
        StringBuilder out = new StringBuilder("# Benchmark results\n\n").append(heading).append("\n\n")
                .append("| path | what | target p95 | jOOQ median | jOOQ p95 | JDBC median | JDBC p95 | ratio | pair ratio | "
                        + "pairs | verdict |\n")
                .append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (Measurement m : measurements) {
            out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %.2f | %.2f | %d | %s |%n",
                    m.path().id(), m.path().what(), ms(m.path().targetMs()), ms(m.jooq().medianMs()),
                    ms(m.jooq().p95Ms()), ms(m.jdbc().medianMs()), ms(m.jdbc().p95Ms()), m.ratio(),
                    m.medianPairRatio(), m.jooq().samples(), verdict(m)));
        }
        out.append("\nTimes in milliseconds per read (one read transaction). Each path's jOOQ read and its plain-JDBC ")
                .append("twin ran interleaved in one JMH run (back to back, taking turns at going first), so both saw ")
                .append("the same load. Ratio: jOOQ median over the twin's median (bound ").append(Measurement.RATIO_BOUND)
                .append("); pair ratio: the median of each jOOQ read's time over its twin's beside it.\n");
        if (!reports.isEmpty()) {
            out.append("\n## Report exports\n\n")
                    .append("| export | what | target median | median | p95 | samples | verdict |\n")
                    .append("|---|---|---:|---:|---:|---:|---|\n");
            for (ReportMeasurement r : reports) {
                out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %d | %s |%n", r.path().id(),
                        r.path().what(), ms(r.path().targetMedianMs()), ms(r.timing().medianMs()),
                        ms(r.timing().p95Ms()), r.timing().samples(), r.meetsTarget() ? "ok" : "median over target"));
            }
            out.append("\nRead, composed and rendered to the bytes an export writes, warm (services built once, as in ")
                    .append("the app). The reads alone are the `report.*.read` paths above.\n");
        }
        return out.toString();
    }

    private static String verdict(Measurement m) {
        List<String> misses = new java.util.ArrayList<>();
        if (!m.meetsTarget()) {
            misses.add("p95 over target");
        }
        if (!m.meetsRatio()) {
            misses.add("ratio over " + Measurement.RATIO_BOUND);
        }
        return misses.isEmpty() ? "ok" : String.join(", ", misses);
    }

    private static String ms(double value) {
        return String.format(Locale.ROOT, value < 10 ? "%.2f" : "%.1f", value);
    }

    private Map<String, Object> json() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("setting", heading);
        root.put("paths", measurements.stream().map(m -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", m.path().id());
            row.put("what", m.path().what());
            row.put("targetP95Ms", m.path().targetMs());
            row.put("jooq", m.jooq());
            row.put("jdbc", m.jdbc());
            row.put("ratio", m.ratio());
            row.put("medianPairRatio", m.medianPairRatio());
            row.put("meetsTarget", m.meetsTarget());
            row.put("meetsRatio", m.meetsRatio());
            return row;
        }).toList());
        root.put("reports", reports.stream().map(r -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", r.path().id());
            row.put("what", r.path().what());
            row.put("targetMedianMs", r.path().targetMedianMs());
            row.put("timing", r.timing());
            row.put("meetsTarget", r.meetsTarget());
            return row;
        }).toList());
        return root;
    }
}
