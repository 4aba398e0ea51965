package org.protocoldesk.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code protocol-desk restore --from FILE}: checks the file, backs up the current database, then replaces it. */
@Command(name = "restore", description = {"Replaces the database by the backup FILE, after checking it and backing up "
        + "the current database.", "The replaced files are kept in backups/replaced-<time>/."})
final class RestoreCommand implements Callable<Integer> {
    @ParentCommand
    private ProtocolDeskCommand top;
    @Spec
    private CommandSpec spec;
    @Option(names = "--from", paramLabel = "FILE", required = true, description = "the backup to restore")
    private Path backup;

    @Override
    public Integer call() {
        Path aside = top.dataFolder().restoreFrom(backup.toAbsolutePath());
        spec.commandLine().getOut().println("Restored " + backup.toAbsolutePath() + "; the replaced files are in "
                + aside);
        return ExitCode.DONE;
    }
}
