package org.protocoldesk.app.cli;

import java.time.Clock;
import java.util.Optional;
import org.protocoldesk.report.ReportTexts;
import org.protocoldesk.service.ReportDraft;
import org.protocoldesk.service.TripReportService;
import org.protocoldesk.store.DataStore;
import picocli.CommandLine.Command;

@Command(name = "trip-report", description = "Exports the report of a trip.")
final class ExportTripReportCommand extends ExportReportCommand {
    @Override
    Optional<ReportDraft> draft(DataStore data, Clock clock, ReportTexts texts, long tripId) {
        return new TripReportService(data, clock, texts).forTrip(tripId);
    }
}
