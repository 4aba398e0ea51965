package org.protocoldesk.service;

/**
 * How far a background task has come, and whether it was asked to stop. The task updates it and checks
 * {@link #isCancelled()} between steps; anyone may read it or cancel it. Plain Java: the screens turn it into
 * properties for a status bar.
 */
public final class Progress {
    private volatile long done;
    private volatile long total;
    private volatile String message = "";
    private volatile boolean cancelled;

    public void update(long done, long total, String message) {
        this.done = done;
        this.total = total;
        this.message = message == null ? "" : message;
    }

    /** Asks the task to stop; a result it still produces is not delivered. */
    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public long done() {
        return done;
    }

    public long total() {
        return total;
    }

    public String message() {
        return message;
    }
}
