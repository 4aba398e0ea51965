package org.protocoldesk.ui.shell;

import java.net.URL;
import java.util.Objects;

/** The app's own stylesheet: spacing, typography and the shell's look, over the AtlantaFX theme. */
public final class Stylesheet {
    private static final String PATH = "/org/protocoldesk/ui/protocol-desk.css";

    private Stylesheet() {
    }

    public static String url() {
        URL url = Objects.requireNonNull(Stylesheet.class.getResource(PATH), PATH + " is missing from the build");
        return url.toExternalForm();
    }
}
