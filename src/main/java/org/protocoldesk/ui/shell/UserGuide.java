package org.protocoldesk.ui.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.protocoldesk.service.TaskRunner;
import org.protocoldesk.ui.common.Dialogs;

/**
 * Help → User guide: reads {@code docs/user-guide.md}, shipped in the jar with its screenshots, on a worker and shows
 * it in a window of its own beside the main one.
 */
public final class UserGuide {
    static final String RESOURCE = "/org/protocoldesk/help/user-guide.md";

    private UserGuide() {
    }

    /** Makes Help → User guide of {@code view} open the guide. */
    public static void connect(MainView view, TaskRunner tasks, Dialogs dialogs) {
        view.userGuide.setOnAction(event -> tasks.read(UserGuide::read,
                lines -> show(view.root().getScene().getWindow(), lines),
                failure -> dialogs.failure("The user guide could not be opened", failure)));
    }

    private static List<String> read() {
        try (InputStream in = Objects.requireNonNull(UserGuide.class.getResourceAsStream(RESOURCE), RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void show(Window owner, List<String> lines) {
        URL base = UserGuide.class.getResource(RESOURCE);
        ScrollPane scroll = new ScrollPane(new MarkdownView(lines, base));
        scroll.setId("user-guide");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("user-guide");
        Scene scene = new Scene(scroll, MarkdownView.IMAGE_WIDTH + 80, 760);
        scene.getStylesheets().add(Stylesheet.url());
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(AppInfo.NAME + " — User guide");
        stage.setScene(scene);
        stage.show();
    }
}
