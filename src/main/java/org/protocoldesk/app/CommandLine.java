package org.protocoldesk.app;

import java.nio.file.Path;
import java.util.List;

/** The command line of {@code protocol-desk}: what to do, and where the data lives when the window starts. */
public record CommandLine(Action action, Path dataDir, boolean demoOnFirstStart) {

    public enum Action { START, HELP, VERSION }

    public static final String USAGE = """
            Usage: protocol-desk [OPTIONS]

            Starts the Protocol Desk window. On the first start with an empty database it loads a demo data set.

            Options:
              --data-dir DIR   keep the database in DIR (default: $PROTOCOL_DESK_HOME, else the per-user data folder)
              --no-demo        do not load the demo data set into an empty database
              --version        print the version and exit
              --help           print this help and exit
            """;

    /** Parses the arguments; throws {@link IllegalArgumentException} with a message for the user on bad input. */
    public static CommandLine parse(List<String> args) {
        Action action = Action.START;
        Path dataDir = null;
        boolean demo = true;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--help", "-h" -> action = Action.HELP;
                case "--version" -> action = action == Action.HELP ? action : Action.VERSION;
                case "--no-demo" -> demo = false;
                case "--data-dir" -> {
                    if (i + 1 >= args.size() || args.get(i + 1).isBlank()) {
                        throw new IllegalArgumentException("--data-dir needs a folder");
                    }
                    dataDir = Path.of(args.get(++i));
                }
                default -> {
                    if (arg.startsWith("--data-dir=")) {
                        dataDir = Path.of(arg.substring("--data-dir=".length()));
                    } else {
                        throw new IllegalArgumentException("unknown option: " + arg);
                    }
                }
            }
        }
        return new CommandLine(action, dataDir, demo);
    }
}
