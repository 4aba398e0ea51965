package org.protocoldesk.app;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the user's database lives: the {@code --data-dir} option, else {@code PROTOCOL_DESK_HOME}, else the
 * platform's per-user data folder.
 */
public final class DataDirectory {
    static final String HOME_VARIABLE = "PROTOCOL_DESK_HOME";

    private DataDirectory() {
    }

    public static Path resolve(Path option, Map<String, String> env, String osName, Path userHome) {
        if (option != null) {
            return option.toAbsolutePath();
        }
        String home = env.get(HOME_VARIABLE);
        if (home != null && !home.isBlank()) {
            return path(home, HOME_VARIABLE).toAbsolutePath();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData == null || appData.isBlank() ? userHome.resolve("AppData").resolve("Roaming") : Path.of(appData);
            return base.resolve("ProtocolDesk");
        }
        if (os.startsWith("mac")) {
            return userHome.resolve("Library").resolve("Application Support").resolve("ProtocolDesk");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg == null || xdg.isBlank() ? userHome.resolve(".local").resolve("share") : Path.of(xdg);
        return base.resolve("protocol-desk");
    }

    /**
     * The folder named by {@code name}; when the system's character set cannot spell it (a non-ASCII name under
     * {@code LANG=C}, where Java has already replaced what it could not decode), says so instead of failing deep down.
     */
    public static Path path(String name, String source) {
        try {
            return Path.of(name);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException(source + " names a folder that this system's character set ("
                    + System.getProperty("sun.jnu.encoding") + ") cannot spell: start Protocol Desk with a UTF-8 "
                    + "locale, for example LC_ALL=C.UTF-8", e);
        }
    }

    public static Path resolve(Path option) {
        return resolve(option, System.getenv(), System.getProperty("os.name"), Path.of(System.getProperty("user.home")));
    }
}
