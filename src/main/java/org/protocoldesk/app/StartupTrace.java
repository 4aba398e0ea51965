package org.protocoldesk.app;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import javafx.animation.AnimationTimer;
import javafx.beans.value.ObservableBooleanValue;
import javafx.stage.Stage;
import org.protocoldesk.service.TaskRunner;

/**
 * The start-up milestones, for the start-up benchmark and the AppCDS training run ({@code installer/}): when the
 * environment variable {@code PROTOCOL_DESK_STARTUP_TRACE=FILE} asks, appends {@code first-frame MILLIS} and {@code today-filled MILLIS}
 * (epoch milliseconds) to FILE, after the finer steps {@link #mark marked} on the way (one line each, in the order
 * they happened, from any thread); with {@code PROTOCOL_DESK_STARTUP_EXIT=true} the window then closes. Off (and
 * free) otherwise.
 */
final class StartupTrace {
    static final String FILE_VARIABLE = "PROTOCOL_DESK_STARTUP_TRACE";
    static final String EXIT_VARIABLE = "PROTOCOL_DESK_STARTUP_EXIT";
    /** The second pulse after showing starts once the first frame has been rendered. */
    private static final int PULSES_TO_FIRST_FRAME = 2;

    private final Path file;
    private final boolean exitWhenFilled;
    private final StringBuilder milestones = new StringBuilder();
    /** Held here: a binding only weakly held by what it observes would be collected. */
    private ObservableBooleanValue filled;
    private boolean filledSeen;
    private boolean frameSeen;

    private StartupTrace(Path file, boolean exitWhenFilled) {
        this.file = file;
        this.exitWhenFilled = exitWhenFilled;
    }

    static StartupTrace fromEnvironment() {
        String file = System.getenv(FILE_VARIABLE);
        return new StartupTrace(file == null ? null : Path.of(file), "true".equals(System.getenv(EXIT_VARIABLE)));
    }

    /**
     * Call before {@code stage.show()}: marks the first frame of {@code stage} and the moment {@code filled} turns
     * true (either may come first), then writes the milestones (on {@code tasks}), and closes the window if asked, as
     * the user would.
     */
    void watch(Stage stage, ObservableBooleanValue filled, TaskRunner tasks) {
        if (file == null) {
            return;
        }
        AnimationTimer pulses = new AnimationTimer() {
            private int seen;

            @Override
            public void handle(long now) {
                if (++seen == 1) {
                    mark("first-pulse"); // it applies CSS, lays out and renders the shown scene
                }
                if (seen == PULSES_TO_FIRST_FRAME) {
                    stop();
                    mark("first-frame");
                    frameSeen = true;
                    writeWhenBothSeen(stage, tasks);
                }
            }
        };
        stage.setOnShown(event -> pulses.start());
        this.filled = filled;
        filled.addListener((property, was, now) -> {
            if (now && !filledSeen) {
                mark("today-filled");
                filledSeen = true;
                writeWhenBothSeen(stage, tasks);
            }
        });
    }

    private void writeWhenBothSeen(Stage stage, TaskRunner tasks) {
        if (!frameSeen || !filledSeen) {
            return;
        }
        String lines;
        synchronized (milestones) {
            lines = milestones.toString();
        }
        tasks.write(() -> Files.writeString(file, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND), written -> quitIfAsked(stage), failure -> quitIfAsked(stage));
    }

    /** Notes that the start-up reached {@code step} now; nothing when no trace was asked for. Any thread. */
    void mark(String step) {
        if (file == null) {
            return;
        }
        long now = System.currentTimeMillis();
        synchronized (milestones) {
            milestones.append(step).append(' ').append(now).append('\n');
        }
    }

    private void quitIfAsked(Stage stage) {
        if (exitWhenFilled) {
            stage.hide();
        }
    }
}
