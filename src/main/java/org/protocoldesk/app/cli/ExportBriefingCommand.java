package org.protocoldesk.app.cli;

import java.time.Clock;
import java.util.Optional;
import org.protocoldesk.report.ReportTexts;
import org.protocoldesk.service.BriefingService;
import org.protocoldesk.service.ReportDraft;
import org.protocoldesk.store.DataStore;
import picocli.CommandLine.Command;

@Command(name = "briefing", description = "Exports the briefing note of a trip.")
final class ExportBriefingCommand extends ExportReportCommand {
    @Override
    Optional<ReportDraft> draft(DataStore data, Clock clock, ReportTexts texts, long tripId) {
        return new BriefingService(data, clock, texts).forTrip(tripId);
    }
}
