package org.protocoldesk.service;

/** A field at fault and what is wrong with it. Field names are those of {@link MeetingFields}. */
public record FieldError(String field, Problem problem) {
}
