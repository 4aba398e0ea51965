package org.protocoldesk.app.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code protocol-desk check}: SQLite's full integrity and foreign-key checks; changes nothing. */
@Command(name = "check", description = "Checks the database for damage; exit 0 when it is healthy, 1 otherwise.")
final class CheckCommand implements Callable<Integer> {
    @ParentCommand
    private ProtocolDeskCommand top;
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        Optional<String> problem = top.dataFolder().problem();
        if (problem.isPresent()) {
            spec.commandLine().getErr().println("protocol-desk: " + problem.get());
            return ExitCode.NEGATIVE;
        }
        spec.commandLine().getOut().println("The database is healthy.");
        return ExitCode.DONE;
    }
}
