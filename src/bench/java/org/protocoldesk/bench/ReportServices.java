package org.protocoldesk.bench;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.protocoldesk.model.ReportFormat;
import org.protocoldesk.report.Renderers;
import org.protocoldesk.report.ReportTexts;
import org.protocoldesk.service.BriefingService;
import org.protocoldesk.service.ReportDraft;
import org.protocoldesk.service.ReportExportService;
import org.protocoldesk.service.TripReportService;
import org.protocoldesk.store.DataStore;

/** The report services as the app wires them, on the generated office's last day, and one export to bytes. */
final class ReportServices {
    private static final String MARKING = "RESTRICTED";

    private final BriefingService briefings;
    private final TripReportService tripReports;
    private final ReportExportService exports;
    private final Renderers renderers;

    ReportServices(DataStore data) {
        Clock clock = Clock.fixed(Skeleton.TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        ReportTexts texts = ReportTexts.english();
        this.renderers = new Renderers(texts);
        this.briefings = new BriefingService(data, clock, texts);
        this.tripReports = new TripReportService(data, clock, texts);
        this.exports = new ReportExportService(data, clock, renderers);
    }

    byte[] tripReport(long tripId, ReportFormat format) {
        return render(tripReports.forTrip(tripId).orElseThrow(), format);
    }

    /** An ad hoc briefing: a three-day visit from the office's last day to the country, meeting those chosen. */
    byte[] briefing(String countryCode, List<Long> counterparts, ReportFormat format) {
        return render(briefings.adHoc(countryCode, countryCode, Skeleton.TODAY, Skeleton.TODAY.plusDays(2),
                counterparts), format);
    }

    private byte[] render(ReportDraft draft, ReportFormat format) {
        return renderers.of(format).render(exports.preview(draft, draft.defaultText(), MARKING, format));
    }
}
