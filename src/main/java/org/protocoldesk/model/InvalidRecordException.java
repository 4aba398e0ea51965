package org.protocoldesk.model;

/** A record would break a rule of the domain; {@link #field()} names the field at fault, for the message next to it. */
public final class InvalidRecordException extends IllegalArgumentException {
    private final String field;

    public InvalidRecordException(String field, String problem) {
        super(field + " " + problem);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
