package org.protocoldesk.model;

/** What protocol must know about a person; gifts are kept apart as {@link Gift}s. */
public record ProtocolNotes(String general, String dietary, String sensitivities, String preferences) {
    public static final ProtocolNotes NONE = new ProtocolNotes(null, null, null, null);
}
