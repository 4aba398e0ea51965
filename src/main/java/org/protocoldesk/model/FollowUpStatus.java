package org.protocoldesk.model;

public enum FollowUpStatus {
    OPEN, DONE, DROPPED
}
