package org.protocoldesk.ui.common;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The top of every screen: its title, a line under it (a count, a date), and room on the right for a field. */
public final class ScreenHeader extends HBox {
    private final Label subtitle = new Label();

    public ScreenHeader(String title, Node... trailing) {
        Label titleLabel = new Label(title);
        titleLabel.getStyleClass().addAll(Styles.TITLE_2, "screen-title");
        subtitle.getStyleClass().addAll(Styles.TEXT_MUTED, "screen-subtitle");
        subtitle.setMinWidth(Region.USE_PREF_SIZE);
        HBox titles = new HBox(titleLabel, subtitle);
        titles.getStyleClass().add("screen-titles");
        titles.setAlignment(Pos.BASELINE_LEFT);
        titleLabel.setMinWidth(Region.USE_PREF_SIZE); // the fields beside give way, never the title
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getStyleClass().add("screen-header");
        setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(titles, spacer);
        getChildren().addAll(trailing);
    }

    public Label subtitle() {
        return subtitle;
    }
}
