package org.protocoldesk.ui.common;

import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/**
 * What a list shows instead of rows: that it is loading, that it is empty and why, or that it failed. One look for
 * every screen, so that an empty list never reads as a broken one.
 */
public final class StateMessage extends VBox {

    private StateMessage(String styleClass) {
        getStyleClass().addAll("state-message", styleClass);
        setAlignment(Pos.CENTER);
        // Filling the width makes the box measure a wrapped text's height at the width it will have (at most the
        // stylesheet's max-width): measured at the full max-width, a text in a narrower card lost its last line.
    }

    public static StateMessage loading(String text) {
        StateMessage message = new StateMessage("state-loading");
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.getStyleClass().add("state-spinner");
        message.getChildren().addAll(spinner, detail(text));
        return message;
    }

    public static StateMessage empty(Ikon icon, String title, String detail) {
        StateMessage message = new StateMessage("state-empty");
        message.getChildren().addAll(icon(icon), title(title), detail(detail));
        return message;
    }

    /** An empty state with one thing the user can do about it, e.g. clear the filter. */
    public static StateMessage empty(Ikon icon, String title, String detail, String action, Runnable onAction) {
        StateMessage message = empty(icon, title, detail);
        message.getChildren().add(button(action, onAction));
        return message;
    }

    public static StateMessage failed(String title, Runnable retry) {
        StateMessage message = new StateMessage("state-failed");
        message.getChildren().addAll(icon(Material2OutlinedAL.ERROR_OUTLINE), title(title),
                detail("The details are in the log."), button("Try again", retry));
        return message;
    }

    /**
     * Keeps the placeholder of {@code table} in step with {@code model}: a spinner while loading, a failure with
     * "Try again", and once loaded (the placeholder only shows when no row does) what {@code whenEmpty} makes.
     */
    public static <T> void follow(TableView<T> table, ListViewModel<T> model, String loading, String failed,
                                  Runnable retry, Supplier<Node> whenEmpty) {
        Runnable update = () -> table.setPlaceholder(switch (model.stateProperty().get()) {
            case LOADING -> loading(loading);
            case FAILED -> failed(failed, retry);
            case LOADED -> whenEmpty.get();
        });
        for (Observable input : new Observable[] {model.stateProperty(), model.total(), model.shown(), model.filterProperty()}) {
            input.addListener(changed -> update.run());
        }
        update.run();
    }

    private static FontIcon icon(Ikon ikon) {
        FontIcon icon = new FontIcon(ikon);
        icon.getStyleClass().add("state-icon");
        return icon;
    }

    private static Label title(String text) {
        return wrapped(text, "state-title");
    }

    private static Label detail(String text) {
        return wrapped(text, "state-detail");
    }

    /** A text that takes more lines rather than lose its end: the list it stands in for grows to hold it. */
    private static Label wrapped(String text, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private static Button button(String text, Runnable onAction) {
        Button button = new Button(text);
        button.setOnAction(event -> onAction.run());
        return button;
    }
}
