package org.protocoldesk.app.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.protocoldesk.app.DataDirectory;

/**
 * The plain window start ({@code [--data-dir DIR] [--no-demo]}) read without picocli, whose command model took longer
 * to build than JavaFX took to show a window. Anything else, a sub-command, help, or an argument this does not
 * accept as picocli would, is left to {@link Cli}, which also words the errors.
 */
public final class WindowStart {
    private static final String DATA_DIR = "--data-dir";
    private static final String NO_DEMO = "--no-demo";

    private WindowStart() {
    }

    /** The start options if {@code args} only start the window, else empty. */
    public static Optional<StartOptions> parse(List<String> args) {
        String dataDir = null;
        boolean noDemo = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String value = null;
            if (arg.equals(NO_DEMO) && !noDemo) {
                noDemo = true;
            } else if (arg.equals(DATA_DIR) && i + 1 < args.size()) {
                value = args.get(++i);
            } else if (arg.startsWith(DATA_DIR + "=")) {
                value = arg.substring(DATA_DIR.length() + 1);
            } else {
                return Optional.empty();
            }
            if (value != null) {
                if (dataDir != null || value.isBlank() || value.startsWith("-")) {
                    return Optional.empty();
                }
                dataDir = value;
            }
        }
        try {
            Path folder = dataDir == null ? null : DataDirectory.path(dataDir, DATA_DIR);
            DataDirectory.resolve(folder); // a folder that cannot be named is refused by the command line, in words
            return Optional.of(new StartOptions(folder, !noDemo));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
