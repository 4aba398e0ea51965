package org.protocoldesk.model;

public enum GiftDirection {
    GIVEN, RECEIVED
}
