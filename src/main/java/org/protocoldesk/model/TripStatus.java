package org.protocoldesk.model;

public enum TripStatus {
    PLANNED, UNDER_WAY, COMPLETED, NOT_RECORDED
}
