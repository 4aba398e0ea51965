package org.protocoldesk.model;

/** Which side owes an action. */
public enum Party {
    US, THEM
}
