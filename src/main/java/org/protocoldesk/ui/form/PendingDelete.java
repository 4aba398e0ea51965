package org.protocoldesk.ui.form;

import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.util.Duration;

/**
 * A delete the user can take back for a few seconds: the record leaves the screen at once, the write happens when
 * the time is up (or when the next delete starts), and Undo within the time writes nothing at all. Undoing is
 * exact because nothing was deleted yet: links from meetings, invitations and documents stay as they were.
 */
public final class PendingDelete {
    private final Duration grace;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private PauseTransition timer;
    private Runnable commit;
    private Runnable restore;

    public PendingDelete(Duration grace) {
        this.grace = grace;
    }

    /**
     * Starts a delete: {@code commit} writes it when the grace time is over, {@code restore} shows the record again
     * if the user undoes it. A delete still pending is committed first.
     */
    public void start(String what, Runnable commitDelete, Runnable restoreShown) {
        commitNow();
        commit = commitDelete;
        restore = restoreShown;
        message.set("Deleted " + what + ".");
        timer = new PauseTransition(grace);
        timer.setOnFinished(event -> commitNow());
        timer.play();
    }

    /** Takes the pending delete back: nothing is written. */
    public void undo() {
        if (restore == null) {
            return;
        }
        timer.stop();
        Runnable shown = restore;
        clear();
        shown.run();
    }

    /** Writes the pending delete now, e.g. when the window closes. */
    public void commitNow() {
        if (commit == null) {
            return;
        }
        timer.stop();
        Runnable write = commit;
        clear();
        write.run();
    }

    private void clear() {
        commit = null;
        restore = null;
        message.set("");
    }

    /** "Deleted Kamran Aliyev." while a delete can be undone; empty otherwise. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
