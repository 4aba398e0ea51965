package org.protocoldesk.ui.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.net.URL;
import javafx.application.Application;

/**
 * The light and dark looks of the app: AtlantaFX's Primer themes, under our own stylesheet. The build turns each theme
 * into JavaFX's binary stylesheet format ({@code pom.xml}, {@code binary-stylesheets}), which loads several times
 * faster than the CSS; without it (a build that skipped that step) the theme's CSS serves.
 */
public enum Theme {
    LIGHT(new PrimerLight(), "primer-light.bss"), DARK(new PrimerDark(), "primer-dark.bss");

    private final String userAgentStylesheet;

    Theme(atlantafx.base.theme.Theme atlantaTheme, String binary) {
        URL url = Theme.class.getResource("/org/protocoldesk/ui/theme/" + binary);
        this.userAgentStylesheet = url != null ? url.toExternalForm() : atlantaTheme.getUserAgentStylesheet();
    }

    public String userAgentStylesheet() {
        return userAgentStylesheet;
    }

    /**
     * Makes this the look of every window of the app. Called before the first control is made, it also spares the
     * start-up JavaFX's own theme (Modena), which the first control loads when no look has been set.
     */
    public void apply() {
        Application.setUserAgentStylesheet(userAgentStylesheet);
    }
}
