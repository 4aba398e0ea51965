package org.protocoldesk;

import java.util.List;
import javafx.application.Application;
import org.protocoldesk.app.CommandLine;
import org.protocoldesk.app.ProtocolDeskApp;
import org.protocoldesk.app.Version;

/**
 * The plain main class: answers {@code --help} and {@code --version} without starting JavaFX, else opens the
 * window. Being no {@code Application} subclass, it also lets JavaFX run from the class path.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        CommandLine commandLine;
        try {
            commandLine = CommandLine.parse(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println("protocol-desk: " + e.getMessage());
            System.err.print(CommandLine.USAGE);
            System.exit(2);
            return;
        }
        switch (commandLine.action()) {
            case HELP -> System.out.print(CommandLine.USAGE);
            case VERSION -> System.out.println("Protocol Desk " + Version.current());
            case START -> Application.launch(ProtocolDeskApp.class, args);
        }
    }
}
