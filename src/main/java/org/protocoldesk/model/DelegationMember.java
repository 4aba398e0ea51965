package org.protocoldesk.model;

/** A member of our delegation; the position in {@link Trip#delegation()} is the order of precedence. */
public record DelegationMember(long personId, String role) {
}
