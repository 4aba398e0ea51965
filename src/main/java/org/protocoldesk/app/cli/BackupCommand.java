package org.protocoldesk.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code protocol-desk backup --to FILE}: a verified copy of the database in a new file. */
@Command(name = "backup", description = "Writes a checked copy of the database to FILE, which must not exist yet.")
final class BackupCommand implements Callable<Integer> {
    @ParentCommand
    private ProtocolDeskCommand top;
    @Spec
    private CommandSpec spec;
    @Option(names = "--to", paramLabel = "FILE", required = true, description = "the new backup file")
    private Path target;

    @Override
    public Integer call() {
        top.dataFolder().backUpTo(target.toAbsolutePath());
        spec.commandLine().getOut().println("Backed up to " + target.toAbsolutePath());
        return ExitCode.DONE;
    }
}
