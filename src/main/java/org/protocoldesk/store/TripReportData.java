package org.protocoldesk.store;

import java.util.List;

/** Everything a trip report shows, read in one transaction. Meetings are in order of date and time. */
public record TripReportData(TripData trip, List<MeetingData> meetings, List<FollowUpData> followUps,
                             List<InvitationData> invitations, List<DocumentData> documents) {
    public TripReportData {
        meetings = List.copyOf(meetings);
        followUps = List.copyOf(followUps);
        invitations = List.copyOf(invitations);
        documents = List.copyOf(documents);
    }
}
