package org.protocoldesk.ui.common;

import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;

/**
 * A control's tooltip, made when the pointer first enters the control rather than with it: every {@link Tooltip} is a
 * popup window with its own scene, and the dozens the window's rail, bars and Today's cells would make up front cost
 * the start-up tens of milliseconds of the FX thread's time for tooltips nobody has hovered yet. FX thread only.
 */
public final class HoverTooltip {
    private final Control owner;
    private final Duration showDelay;
    private String text;
    private Tooltip tooltip;

    private HoverTooltip(Control owner, String text, Duration showDelay) {
        this.owner = owner;
        this.text = text;
        this.showDelay = showDelay;
        owner.addEventHandler(MouseEvent.MOUSE_ENTERED, event -> attach());
    }

    /** Gives {@code owner} a tooltip saying {@code text} (none when null or empty) from its first hover on. */
    public static HoverTooltip on(Control owner, String text) {
        return on(owner, text, null);
    }

    /** The same, shown {@code showDelay} after the pointer stops on it (JavaFX's default when null). */
    public static HoverTooltip on(Control owner, String text, Duration showDelay) {
        return new HoverTooltip(owner, text, showDelay);
    }

    /** What the tooltip says from now on; null or empty: no tooltip. */
    public void setText(String text) {
        this.text = text;
        if (tooltip != null) {
            attach(); // hovered before: kept up to date, as a cell that shows another row
        }
    }

    private void attach() {
        boolean none = text == null || text.isEmpty();
        if (!none && tooltip == null) {
            tooltip = new Tooltip();
            if (showDelay != null) {
                tooltip.setShowDelay(showDelay);
            }
        }
        if (!none) {
            tooltip.setText(text);
        }
        owner.setTooltip(none ? null : tooltip);
    }
}
