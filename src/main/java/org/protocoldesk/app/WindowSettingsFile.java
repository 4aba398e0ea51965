package org.protocoldesk.app;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.geometry.Rectangle2D;
import org.protocoldesk.store.PrivateFiles;
import org.protocoldesk.ui.shell.Theme;

/**
 * The window settings, kept as a small properties file beside the database so that they can be read before the
 * database opens. Writing replaces the file in one move, so a crash mid-write leaves the old settings whole.
 */
final class WindowSettingsFile {
    static final String NAME = "window.properties";
    private static final Logger LOG = Logger.getLogger(WindowSettingsFile.class.getName());

    private final Path file;

    WindowSettingsFile(Path file) {
        this.file = file;
    }

    /** The settings last saved; those of a first run when there are none or they cannot be read. */
    WindowSettings load() {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
            return parse(properties);
        } catch (NoSuchFileException e) {
            return WindowSettings.FIRST_RUN;
        } catch (IOException | IllegalArgumentException e) {
            LOG.log(Level.WARNING, "Ignoring unreadable window settings in " + file, e);
            return WindowSettings.FIRST_RUN;
        }
    }

    void save(WindowSettings settings) {
        Properties properties = new Properties();
        if (settings.bounds() != null) {
            properties.setProperty("x", String.valueOf(settings.bounds().getMinX()));
            properties.setProperty("y", String.valueOf(settings.bounds().getMinY()));
            properties.setProperty("width", String.valueOf(settings.bounds().getWidth()));
            properties.setProperty("height", String.valueOf(settings.bounds().getHeight()));
        }
        properties.setProperty("maximised", String.valueOf(settings.maximised()));
        properties.setProperty("theme", settings.theme().name());
        Path temporary = file.resolveSibling(NAME + ".tmp");
        try {
            // Made afresh and private, so that the file it replaces is 0600 whatever the umask.
            Files.deleteIfExists(temporary);
            PrivateFiles.createFile(temporary);
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                properties.store(out, "Protocol Desk window settings");
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteQuietly(temporary, e);
            throw new UncheckedIOException("Cannot save the window settings in " + file, e);
        }
    }

    // A full disk leaves a half-written temporary file: it must not stay behind.
    private static void deleteQuietly(Path temporary, IOException failure) {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    private static WindowSettings parse(Properties properties) {
        Rectangle2D bounds = properties.containsKey("width")
                ? new Rectangle2D(number(properties, "x"), number(properties, "y"),
                number(properties, "width"), number(properties, "height"))
                : null;
        boolean maximised = Boolean.parseBoolean(properties.getProperty("maximised"));
        Theme theme = Theme.valueOf(properties.getProperty("theme", Theme.LIGHT.name()));
        return new WindowSettings(bounds, maximised, theme);
    }

    private static double number(Properties properties, String key) {
        String value = properties.getProperty(key);
        if (value == null) {
            throw new IllegalArgumentException(key + " is missing");
        }
        return Double.parseDouble(value);
    }
}
