package org.protocoldesk.app;

import javafx.geometry.Rectangle2D;
import org.protocoldesk.ui.shell.Theme;

/**
 * What the window remembers between runs. {@code bounds} is where the window was when last not maximised, or null
 * before the first run.
 */
record WindowSettings(Rectangle2D bounds, boolean maximised, Theme theme) {
    static final WindowSettings FIRST_RUN = new WindowSettings(null, false, Theme.LIGHT);
}
