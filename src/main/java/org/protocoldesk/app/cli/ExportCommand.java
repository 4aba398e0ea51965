package org.protocoldesk.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code protocol-desk export …}: writes a document of the data to a file, for automation. */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = "Exports a document made from the records to a file.",
        subcommands = {ExportBriefingCommand.class, ExportTripReportCommand.class, ExportIcsCommand.class})
public final class ExportCommand implements Runnable {
    @ParentCommand
    private ProtocolDeskCommand top;

    @Spec
    private CommandSpec spec;

    DataFolder dataFolder() {
        return top.dataFolder();
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "export needs a document: briefing, trip-report or ics");
    }
}
