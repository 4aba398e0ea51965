import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The yardstick of installer/startup-bench.sh: an empty JavaFX window of the app's first size, whose first frame
 * is taken the way the app's is (the second pulse after showing), written to the same trace file.
 * Given a skeleton's name, the window holds plain JavaFX controls instead, in the app's theme (its jar on the class
 * path): what a window of that much content costs any JavaFX app, for the bench's -s.
 *   label          one label
 *   menu-bar       a label and a menu bar of four menus
 *   shell          the app's shell without the app: menu bar, button, text field, eleven toggle buttons, status bar
 *   shell-tables   the shell and four tables of four columns and three rows, as Today lays them out
 */
public class BareWindow extends Application {
    private static final List<String> SECTIONS = List.of("Today", "Counterparts", "Organisations", "Trips", "Meetings",
            "Invitations", "Calendar", "Timeline", "Events", "Documents", "Follow-ups");

    public static void main(String[] args) {
        launch(args);
    }

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getRaw();
        Parent root = args.isEmpty() ? new StackPane() : skeleton(args.get(0));
        stage.setTitle("Bare window");
        stage.setScene(new Scene(root, 1280, 800));
        AnimationTimer pulses = new AnimationTimer() {
            private int seen;

            @Override
            public void handle(long now) {
                if (++seen == 2) {
                    stop();
                    String line = "first-frame " + System.currentTimeMillis() + "\n";
                    try {
                        Files.writeString(Path.of(System.getenv("PROTOCOL_DESK_STARTUP_TRACE")), line,
                                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    Platform.exit();
                }
            }
        };
        stage.setOnShown(event -> pulses.start());
        stage.show();
    }

    private static Parent skeleton(String name) {
        var theme = BareWindow.class.getResource("/org/protocoldesk/ui/theme/primer-light.bss");
        if (theme == null) {
            throw new IllegalStateException("the app's jar is not on the class path: no theme");
        }
        setUserAgentStylesheet(theme.toExternalForm());
        return switch (name) {
            case "label" -> new StackPane(new Label("Protocol Desk"));
            case "menu-bar" -> new VBox(menuBar(), new Label("Protocol Desk"));
            case "shell" -> shell(new Label("Today"));
            case "shell-tables" -> shell(new VBox(new Label("Today"), tables()));
            default -> throw new IllegalArgumentException("no skeleton " + name);
        };
    }

    private static MenuBar menuBar() {
        return new MenuBar(new Menu("File"), new Menu("Edit"), new Menu("View"), new Menu("Help"));
    }

    private static BorderPane shell(Parent content) {
        BorderPane shell = new BorderPane(content);
        shell.setTop(new HBox(menuBar(), new Button("Log meeting"), new TextField()));
        ToggleGroup group = new ToggleGroup();
        VBox rail = new VBox();
        for (String section : SECTIONS) {
            ToggleButton button = new ToggleButton(section);
            button.setToggleGroup(group);
            rail.getChildren().add(button);
        }
        shell.setLeft(rail);
        shell.setBottom(new HBox(new Label("/home/user/.local/share/protocol-desk"), new Label("Demo data")));
        return shell;
    }

    private static GridPane tables() {
        GridPane grid = new GridPane();
        for (int i = 0; i < 4; i++) {
            TableView<String> table = new TableView<>(FXCollections.observableArrayList("first", "second", "third"));
            for (String title : List.of("When", "Kind", "What", "Where")) {
                TableColumn<String, String> column = new TableColumn<>(title);
                column.setCellValueFactory(row -> new SimpleStringProperty(title + " of the " + row.getValue()));
                table.getColumns().add(column);
            }
            table.setTableMenuButtonVisible(true);
            grid.add(new VBox(new Label("Card " + (i + 1)), table), i % 2, i / 2);
        }
        return grid;
    }
}
