package org.protocoldesk.service;

/** The demo data set is missing or inconsistent, e.g. a record names a key that no record has. */
public final class DemoDataException extends IllegalStateException {
    DemoDataException(String message) {
        super(message);
    }
}
