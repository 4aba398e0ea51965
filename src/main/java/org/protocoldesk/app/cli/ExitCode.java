package org.protocoldesk.app.cli;

/** The exit codes every command shares, as {@code --help} lists them. */
public final class ExitCode {
    public static final int DONE = 0;
    /** Done, but nothing found or not healthy: scripts tell this from a failure. */
    public static final int NEGATIVE = 1;
    public static final int BAD_ARGUMENTS = 2;
    public static final int FAILED = 3;

    private ExitCode() {
    }
}
