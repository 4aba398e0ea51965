package org.protocoldesk.service;

/** The export was cancelled before its file was moved into place: nothing was written or archived. */
public final class ExportCancelledException extends RuntimeException {
    public ExportCancelledException() {
        super("The export was cancelled; no file was written.");
    }
}
