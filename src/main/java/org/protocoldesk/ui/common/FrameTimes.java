package org.protocoldesk.ui.common;

import java.util.Optional;
import java.util.logging.Logger;
import javafx.animation.AnimationTimer;

/**
 * A frame-time log: while running it notes the time between two pulses of the FX thread and logs every frame that
 * took longer than {@link #SLOW_MS}, the window having stopped responding that long. Started by the app when the
 * system property {@code protocoldesk.frames} or the variable {@code PROTOCOL_DESK_FRAMES} is {@code log}; tests and
 * scripts start one to measure a gesture (switching months) and read {@link #worstMillis()}. FX thread only.
 */
public final class FrameTimes {
    public static final long SLOW_MS = 50;
    private static final Logger LOG = Logger.getLogger(FrameTimes.class.getName());

    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            frame(now);
        }
    };
    private long last;
    private long worst;
    private int frames;
    private int slow;

    /** A frame log, when the system property or the environment asks for one. */
    public static Optional<FrameTimes> fromSettings() {
        String asked = System.getProperty("protocoldesk.frames", System.getenv("PROTOCOL_DESK_FRAMES"));
        return "log".equalsIgnoreCase(asked) ? Optional.of(new FrameTimes()) : Optional.empty();
    }

    public void start() {
        last = 0;
        timer.start();
    }

    public void stop() {
        timer.stop();
    }

    private void frame(long now) {
        if (last != 0) {
            long millis = (now - last) / 1_000_000;
            frames++;
            worst = Math.max(worst, millis);
            if (millis > SLOW_MS) {
                slow++;
                LOG.warning(() -> "Slow frame: " + millis + " ms (over " + SLOW_MS + " ms)");
            }
        }
        last = now;
    }

    /** The longest time between two frames since the start, in milliseconds. */
    public long worstMillis() {
        return worst;
    }

    public int frames() {
        return frames;
    }

    /** How many frames took longer than {@link #SLOW_MS}. */
    public int slowFrames() {
        return slow;
    }
}
