package org.protocoldesk.service;

/**
 * The progress of one export, plain Java so that the screen, the command line and tests can each watch it their
 * way. {@link #cancel()} may come from any thread; the export checks it between stages and stops before the file
 * is moved into place, so a cancelled export leaves no file.
 */
public final class ExportProgress {
    /** The stages of an export, in order. */
    public enum Stage { COMPOSING, RENDERING, WRITING, ARCHIVING, DONE }

    /** Told of each stage reached, with the fraction of the work done (0 to 1). Called on the exporting thread. */
    public interface Listener {
        void reached(Stage stage, double fractionDone);
    }

    private final Listener listener;
    private volatile boolean cancelled;

    public ExportProgress(Listener listener) {
        this.listener = listener;
    }

    public static ExportProgress silent() {
        return new ExportProgress((stage, fraction) -> { });
    }

    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    void done() {
        listener.reached(Stage.DONE, 1.0);
    }

    void reach(Stage stage, double fractionDone) {
        if (cancelled) {
            throw new ExportCancelledException();
        }
        listener.reached(stage, fractionDone);
    }
}
