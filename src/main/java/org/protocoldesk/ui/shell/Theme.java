package org.protocoldesk.ui.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/** The light and dark looks of the app: AtlantaFX's Primer themes, under our own stylesheet. */
public enum Theme {
    LIGHT(new PrimerLight()), DARK(new PrimerDark());

    private final atlantafx.base.theme.Theme atlantaTheme;

    Theme(atlantafx.base.theme.Theme atlantaTheme) {
        this.atlantaTheme = atlantaTheme;
    }

    public String userAgentStylesheet() {
        return atlantaTheme.getUserAgentStylesheet();
    }

    /** Makes this the look of every window of the app. */
    void apply() {
        Application.setUserAgentStylesheet(userAgentStylesheet());
    }
}
