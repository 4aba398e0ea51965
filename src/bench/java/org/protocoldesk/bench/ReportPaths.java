package org.protocoldesk.bench;

import java.util.List;
import org.protocoldesk.model.ReportFormat;

/**
 * The report exports the benchmark measures (issue 7): the trip report of a trip of about 40 meetings and 60
 * counterparts, and the briefing for the ten counterparts met most often in the busiest country. Their reads alone
 * are paths of {@link BenchPaths} ({@code report.*.read}), so the results split reading from composing and rendering.
 */
final class ReportPaths {
    static final List<ReportPath> ALL = List.of(
            new ReportPath("report.trip.pdf", "Trip report, PDF (40 meetings, 60 counterparts)", 1500,
                    (r, f) -> r.tripReport(f.reportTrip(), ReportFormat.PDF)),
            new ReportPath("report.trip.docx", "Trip report, DOCX (40 meetings, 60 counterparts)", 1000,
                    (r, f) -> r.tripReport(f.reportTrip(), ReportFormat.DOCX)),
            new ReportPath("report.briefing.pdf", "Briefing, PDF (10 counterparts, 15 years of history)", 1500,
                    (r, f) -> r.briefing(f.busiestCountry(), f.briefingCounterparts(), ReportFormat.PDF)),
            new ReportPath("report.briefing.docx", "Briefing, DOCX (10 counterparts, 15 years of history)", 1500,
                    (r, f) -> r.briefing(f.busiestCountry(), f.briefingCounterparts(), ReportFormat.DOCX)));

    private ReportPaths() {
    }

    static ReportPath byId(String id) {
        return ALL.stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No report path " + id));
    }
}
