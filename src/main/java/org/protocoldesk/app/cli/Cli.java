package org.protocoldesk.app.cli;

import java.io.PrintWriter;
import java.util.function.Consumer;
import picocli.CommandLine;

/**
 * Builds the command line with its sub-commands and the error handling they share: a bad argument is one line on
 * standard error and exit 2; a failed job is one line and exit 3, never a stack trace.
 */
public final class Cli {
    private Cli() {
    }

    public static CommandLine create(Consumer<StartOptions> window) {
        CommandLine commandLine = new CommandLine(new ProtocolDeskCommand(window));
        UsageExamples.addTo(commandLine);
        commandLine.setParameterExceptionHandler((e, args) -> {
            PrintWriter err = e.getCommandLine().getErr();
            err.println("protocol-desk: " + e.getMessage());
            err.println("Try 'protocol-desk --help' for more.");
            return ExitCode.BAD_ARGUMENTS;
        });
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("protocol-desk: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return ExitCode.FAILED;
        });
        return commandLine;
    }
}
