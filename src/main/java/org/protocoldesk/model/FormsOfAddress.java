package org.protocoldesk.model;

/** How to address a person in writing, in a salutation and aloud, and how the name is pronounced. */
public record FormsOfAddress(String written, String salutation, String spoken, String pronunciation) {
    public static final FormsOfAddress NONE = new FormsOfAddress(null, null, null, null);
}
