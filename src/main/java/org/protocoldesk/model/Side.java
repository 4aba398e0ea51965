package org.protocoldesk.model;

/** Whose person a record is: a counterpart ({@code THEIRS}) or a member of our own office ({@code OURS}). */
public enum Side {
    OURS, THEIRS
}
