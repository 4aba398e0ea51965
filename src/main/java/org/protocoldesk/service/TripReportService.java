package org.protocoldesk.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.protocoldesk.model.ReportKind;
import org.protocoldesk.report.ReportTexts;
import org.protocoldesk.store.DataStore;

/** Trip reports, read from the records of the trip as they stand today. */
public final class TripReportService {
    private final DataStore data;
    private final Clock clock;
    private final TripReportComposer composer;

    public TripReportService(DataStore data, Clock clock, ReportTexts texts) {
        this.data = data;
        this.clock = clock;
        ReportWording wording = new ReportWording(texts);
        this.composer = new TripReportComposer(wording, new BriefingComposer(wording));
    }

    /** The report of the trip; empty if there is no such trip. */
    public Optional<ReportDraft> forTrip(long tripId) {
        LocalDate asOf = LocalDate.now(clock);
        return data.read(s -> s.tripReports().tripReport(tripId)).map(report -> new ReportDraft(
                ReportKind.TRIP_REPORT, tripId, report.trip().title(), asOf, composer.defaults(report), List.of(),
                (text, marking, produced, version) -> composer.compose(report, text, marking, produced, asOf,
                        version)));
    }
}
