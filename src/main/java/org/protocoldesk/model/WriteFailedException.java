package org.protocoldesk.model;

/** A write that was rolled back whole for a {@link WriteFailure}: nothing of it was stored. */
public final class WriteFailedException extends RuntimeException {
    private final WriteFailure failure;

    public WriteFailedException(WriteFailure failure, Throwable cause) {
        super("Nothing was saved: " + failure, cause);
        this.failure = failure;
    }

    public WriteFailure failure() {
        return failure;
    }
}
