package org.protocoldesk.app;

import javafx.beans.InvalidationListener;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.protocoldesk.ui.shell.Theme;

/**
 * Puts the window where it was last time, if that place is still on a screen, and follows where it is while not
 * maximised, so that a maximised window is restored to its own size on the next run.
 */
final class WindowPlacement {
    static final double MIN_WIDTH = 960;
    static final double MIN_HEIGHT = 600;
    private static final double FIRST_WIDTH = 1280;
    private static final double FIRST_HEIGHT = 800;

    private Rectangle2D normalBounds;

    void applyTo(Stage stage, WindowSettings settings) {
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        normalBounds = onSomeScreen(settings.bounds()) ? settings.bounds() : centred();
        stage.setX(normalBounds.getMinX());
        stage.setY(normalBounds.getMinY());
        stage.setWidth(normalBounds.getWidth());
        stage.setHeight(normalBounds.getHeight());
        stage.setMaximized(settings.maximised());
        InvalidationListener follow = moved -> {
            if (!stage.isMaximized() && !stage.isIconified() && !stage.isFullScreen()) {
                normalBounds = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
            }
        };
        stage.xProperty().addListener(follow);
        stage.yProperty().addListener(follow);
        stage.widthProperty().addListener(follow);
        stage.heightProperty().addListener(follow);
    }

    /** Call on the FX thread: reads the stage. */
    WindowSettings capture(Stage stage, Theme theme) {
        return new WindowSettings(normalBounds, stage.isMaximized(), theme);
    }

    private static boolean onSomeScreen(Rectangle2D bounds) {
        return bounds != null && !Screen.getScreensForRectangle(bounds).isEmpty()
                && bounds.getWidth() >= MIN_WIDTH && bounds.getHeight() >= MIN_HEIGHT;
    }

    private static Rectangle2D centred() {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double width = Math.min(FIRST_WIDTH, screen.getWidth());
        double height = Math.min(FIRST_HEIGHT, screen.getHeight());
        return new Rectangle2D(screen.getMinX() + (screen.getWidth() - width) / 2,
                screen.getMinY() + (screen.getHeight() - height) / 2, width, height);
    }
}
