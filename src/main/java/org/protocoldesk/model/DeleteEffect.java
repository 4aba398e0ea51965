package org.protocoldesk.model;

/** What deleting a record does to a record that links to it. */
public enum DeleteEffect {
    /** The link goes (an attendee leaves a meeting's list, a member a delegation, a party a document). */
    LINK_REMOVED,
    /** The record stays without the link (a follow-up without an owner, a meeting without its event). */
    UNLINKED,
    /** The record stays and keeps the deleted record's name (an invitation from a deleted inviter). */
    KEEPS_NAME,
    /** The record links through another and does not change (a document concluded at the person's meeting). */
    UNCHANGED
}
