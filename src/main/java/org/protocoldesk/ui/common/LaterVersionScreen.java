package org.protocoldesk.ui.common;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/**
 * A section whose screen comes in a later version: it says so plainly, lists what the screen will show, and leads
 * to the screen that serves meanwhile. No sample content: what the user sees here is true.
 */
public class LaterVersionScreen extends VBox {
    private final Button meanwhileButton;

    /**
     * @param id        the screen's name in ids: the screen is {@code #id-screen}
     * @param will      what the screen will show, one line each
     * @param meanwhile where to look until then
     */
    protected LaterVersionScreen(String id, String title, Ikon icon, String intro, List<String> will, String meanwhile,
                              String meanwhileAction) {
        setId(id + "-screen");
        getStyleClass().addAll("screen", "later-version-screen");

        ScreenHeader header = new ScreenHeader(title);
        header.subtitle().setText("Comes in a later version");

        FontIcon bigIcon = new FontIcon(icon);
        bigIcon.getStyleClass().add("later-icon");
        Label headline = new Label("The " + title.toLowerCase() + " is not built yet");
        headline.getStyleClass().addAll(Styles.TITLE_3, "later-headline");
        Label introLabel = new Label(intro);
        introLabel.setWrapText(true);
        VBox list = new VBox();
        list.getStyleClass().add("later-list");
        for (String line : will) {
            Label item = new Label(line, new FontIcon(Material2OutlinedAL.FIBER_MANUAL_RECORD));
            item.setWrapText(true);
            list.getChildren().add(item);
        }
        Label meanwhileLabel = new Label(meanwhile);
        meanwhileLabel.setWrapText(true);
        meanwhileLabel.getStyleClass().add(Styles.TEXT_MUTED);
        meanwhileButton = new Button(meanwhileAction);
        meanwhileButton.setId(id + "-meanwhile");
        meanwhileButton.getStyleClass().add(Styles.ACCENT);

        VBox card = new VBox(bigIcon, headline, introLabel, list, meanwhileLabel, meanwhileButton);
        card.getStyleClass().add("later-card");
        card.setAlignment(Pos.TOP_LEFT);
        card.setMaxWidth(640);
        getChildren().addAll(header, card);
    }

    /** What the "meanwhile" button does: open the screen that serves until then. */
    public final void setOnMeanwhile(Runnable action) {
        meanwhileButton.setOnAction(event -> action.run());
    }
}
