package org.protocoldesk.ui.meetinglog;

import java.util.List;
import org.protocoldesk.model.EventSummary;
import org.protocoldesk.model.MeetingContext;
import org.protocoldesk.model.PersonChoice;
import org.protocoldesk.model.TripSummary;

/** What the form offers to pick from, read once when it opens, and where a meeting logged now most likely is. */
record FormChoices(List<PersonChoice> people, List<String> topics, List<TripSummary> trips, List<EventSummary> events,
                   MeetingContext context) {
}
