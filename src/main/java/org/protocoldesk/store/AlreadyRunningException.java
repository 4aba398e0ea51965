package org.protocoldesk.store;

import java.nio.file.Path;
import java.util.OptionalInt;

/** Another Protocol Desk holds the data folder; it is not opened a second time. */
public final class AlreadyRunningException extends RuntimeException {
    private final transient OptionalInt pid;
    private final transient OptionalInt port;

    AlreadyRunningException(Path dataDir, OptionalInt pid, OptionalInt port) {
        super("Protocol Desk is already running on the data folder " + dataDir
                + (pid.isPresent() ? " (process " + pid.getAsInt() + ")" : ""));
        this.pid = pid;
        this.port = port;
    }

    public OptionalInt pid() {
        return pid;
    }

    /** Where the running one listens for a request to show its window, once it does. */
    public OptionalInt port() {
        return port;
    }
}
