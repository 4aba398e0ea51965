import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The yardstick of installer/startup-bench.sh: an empty JavaFX window of the app's first size, whose first frame
 * is taken the way the app's is (the second pulse after showing), written to the same trace file.
 */
public class BareWindow extends Application {
    public static void main(String[] args) {
        launch(args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Bare window");
        stage.setScene(new Scene(new StackPane(), 1280, 800));
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
}
