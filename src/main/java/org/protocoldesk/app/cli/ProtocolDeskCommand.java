package org.protocoldesk.app.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code protocol-desk}: with no sub-command it starts the window; the sub-commands share its {@code --data-dir}
 * and reach the data through {@link #dataFolder()}, the one way the command line opens the data folder.
 */
@Command(name = "protocol-desk", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        subcommands = {CheckCommand.class, BackupCommand.class, RestoreCommand.class},
        sortOptions = false, usageHelpAutoWidth = true,
        description = {"Starts the Protocol Desk window. On the first start with an empty database it loads a demo "
                + "data set.", "With a command, does that job on the same data folder and exits."},
        footerHeading = "%nExit status:%n",
        footer = {"  0  done", "  1  done, nothing found (search), not healthy (check) or already running",
                "  2  bad arguments", "  3  the job failed"})
public final class ProtocolDeskCommand implements Callable<Integer> {

    @Option(names = "--data-dir", paramLabel = "DIR", scope = ScopeType.INHERIT, converter = DataDirConverter.class,
            description = "keep the database in DIR (default: $PROTOCOL_DESK_HOME, else the per-user data folder)")
    private Path dataDir;

    @Option(names = "--no-demo", description = "do not load the demo data set into an empty database")
    private boolean noDemo;

    private final Consumer<StartOptions> window;

    ProtocolDeskCommand(Consumer<StartOptions> window) {
        this.window = window;
    }

    /** The options the window was started with, read again from the raw arguments JavaFX hands the application. */
    public static StartOptions startOptions(List<String> args) {
        ProtocolDeskCommand command = new ProtocolDeskCommand(options -> { });
        new CommandLine(command).parseArgs(args.toArray(String[]::new));
        return command.startOptions();
    }

    @Override
    public Integer call() {
        dataFolder(); // a folder that cannot be named fails here, in one line, before any window
        window.accept(startOptions());
        return ExitCode.DONE;
    }

    /** The data folder named on the command line (or by default), for the sub-commands. */
    public DataFolder dataFolder() {
        return DataFolder.resolve(dataDir);
    }

    private StartOptions startOptions() {
        return new StartOptions(dataDir, !noDemo);
    }
}
