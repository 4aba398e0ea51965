package org.protocoldesk.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.protocoldesk.service.DemoDataService;
import org.protocoldesk.store.DataStore;
import org.protocoldesk.store.Database;
import picocli.CommandLine;

/** Runs the real command line on one data folder, as a script would, and keeps what it printed. */
final class CommandRunner {
    private final Path dataDir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    CommandRunner(Path dataDir) {
        this.dataDir = dataDir;
    }

    /** A runner on {@code dataDir} once the demo data is loaded into it. */
    static CommandRunner onDemoData(Path dataDir) {
        try (Database database = Database.open(dataDir)) {
            new DemoDataService(new DataStore(database.configuration())).load();
        }
        return new CommandRunner(dataDir);
    }

    /** Runs {@code protocol-desk --data-dir DIR ARGS…}; its exit code. A command never opens a window. */
    int run(String... args) {
        CommandLine commandLine = Cli.create(options -> {
            throw new AssertionError("no window from a command");
        });
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(Stream.concat(Stream.of("--data-dir", dataDir.toString()), Stream.of(args))
                .toArray(String[]::new));
    }

    String out() {
        return out.toString();
    }

    String err() {
        return err.toString();
    }
}
