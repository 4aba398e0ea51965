package org.protocoldesk.model;

public record ContactDetails(String assistant, String email, String phone) {
    public static final ContactDetails NONE = new ContactDetails(null, null, null);
}
