package org.protocoldesk.service;

import java.util.List;

/** Input refused before anything was written, with every field at fault. */
public final class InvalidEntryException extends RuntimeException {
    private final transient List<FieldError> errors;

    public InvalidEntryException(List<FieldError> errors) {
        super("Invalid input: " + errors);
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
