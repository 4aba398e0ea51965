package org.protocoldesk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.logging.LogManager;
import javafx.application.Application;
import org.protocoldesk.app.ProtocolDeskApp;
import org.protocoldesk.app.cli.Cli;
import org.protocoldesk.app.cli.WindowStart;

/**
 * The plain main class: runs a command-line job, or {@code --help} and {@code --version}, without starting JavaFX,
 * else opens the window; a plain window start goes straight to JavaFX ({@link WindowStart}). Being no {@code Application} subclass, it also lets JavaFX run from the class path.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        configureLogging();
        if (WindowStart.parse(List.of(args)).isPresent()) {
            Application.launch(ProtocolDeskApp.class, args);
            return;
        }
        int exitCode = Cli.create(options -> Application.launch(ProtocolDeskApp.class, args)).execute(args);
        if (exitCode != 0) {
            System.exit(exitCode);
        }
    }

    /** Warnings only on the console, unless {@code java.util.logging.config.file} names another configuration. */
    private static void configureLogging() {
        if (System.getProperty("java.util.logging.config.file") != null) {
            return;
        }
        try (InputStream in = Launcher.class.getResourceAsStream("app/logging.properties")) {
            LogManager.getLogManager().readConfiguration(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
