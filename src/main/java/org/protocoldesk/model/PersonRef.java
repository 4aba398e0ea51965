package org.protocoldesk.model;

/** A person named for a picker: enough to show and to link. */
public record PersonRef(long id, String fullName) {
}
