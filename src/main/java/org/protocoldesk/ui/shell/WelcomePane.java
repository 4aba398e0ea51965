package org.protocoldesk.ui.shell;

import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The word of welcome above the screens while the database holds nothing: what the app is for, where the data lives,
 * how it is backed up, and the choice between the demo data and an empty start. Hidden until shown.
 */
final class WelcomePane extends VBox {
    static final String PURPOSE = "Protocol Desk keeps what a protocol office needs for its principal's foreign "
            + "visits: the counterparts and their organisations, trips and events, the meetings held and what came of "
            + "them, invitations awaiting a decision and the follow-ups owed — to brief before a visit, log meetings "
            + "as they happen and report after the trip.";
    static final String BACKUPS = "Before an update changes the database's layout, a copy of it goes to the "
            + "“backups” folder beside it. For a backup of your own, copy the data folder while Protocol Desk is closed.";

    final Button loadDemo = new Button("Load the demo data");
    final Button startEmpty = new Button("Start with an empty database");
    private final Label dataFolder = paragraph("");

    WelcomePane() {
        setId("welcome");
        getStyleClass().add("welcome");
        Label title = new Label("Welcome to " + AppInfo.NAME);
        title.getStyleClass().add(Styles.TITLE_3);
        dataFolder.setId("welcome-data-folder");
        loadDemo.setId("welcome-load-demo");
        loadDemo.getStyleClass().add(Styles.ACCENT);
        startEmpty.setId("welcome-start-empty");
        Label demo = paragraph("The demo data is a small set built from public reports of real visits: try the app "
                + "on it, then remove it with File → Remove demo data…; what you enter yourself stays.");
        HBox choices = new HBox(12, loadDemo, startEmpty);
        choices.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(title, paragraph(PURPOSE), dataFolder, paragraph(BACKUPS), demo, choices);
        setVisible(false);
        managedProperty().bind(visibleProperty());
    }

    void showFor(Path dataDir) {
        dataFolder.setText("Your data stays on this computer, in one private database file in " + dataDir
                + ". No network is needed.");
        setVisible(true);
    }

    private static Label paragraph(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE); // wrap onto more lines rather than cut the text
        return label;
    }
}
