package org.protocoldesk;

import javafx.application.Application;
import org.protocoldesk.app.ProtocolDeskApp;
import org.protocoldesk.app.cli.Cli;

/**
 * The plain main class: runs a command-line job, or {@code --help} and {@code --version}, without starting JavaFX,
 * else opens the window. Being no {@code Application} subclass, it also lets JavaFX run from the class path.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        int exitCode = Cli.create(options -> Application.launch(ProtocolDeskApp.class, args)).execute(args);
        if (exitCode != 0) {
            System.exit(exitCode);
        }
    }
}
