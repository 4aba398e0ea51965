package org.protocoldesk.model;

public enum InvitationOccasion {
    OFFICIAL_VISIT, WORKING_VISIT, CONFERENCE, CEREMONY, OTHER
}
