package org.protocoldesk.store;

import static org.jooq.impl.DSL.select;
import static org.protocoldesk.store.generated.Tables.DOCUMENT;
import static org.protocoldesk.store.generated.Tables.FOLLOW_UP;
import static org.protocoldesk.store.generated.Tables.INVITATION;
import static org.protocoldesk.store.generated.Tables.MEETING;
import static org.protocoldesk.store.generated.Tables.TRIP_EVENT;

import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.SortField;

/**
 * The data of a trip report: the trip, its meetings with everyone present (and every post they held, so that the
 * report can name the post held on the meeting's date), the follow-ups from those meetings, the invitations extended
 * there or fulfilled by the trip, and the documents signed or adopted at its meetings or events. Six queries,
 * however many meetings and people.
 */
public final class TripReportQueries {
    private final DSLContext tx;

    TripReportQueries(DSLContext tx) {
        this.tx = tx;
    }

    public Optional<TripReportData> tripReport(long tripId) {
        return TripReadFields.trip(tx, tripId).map(trip -> {
            var ofTrip = select(MEETING.ID).from(MEETING).where(MEETING.TRIP_ID.eq(tripId));
            return new TripReportData(trip,
                    ReadFields.meetings(tx, MEETING.TRIP_ID.eq(tripId),
                            ReadFields.chronological().toArray(SortField[]::new)),
                    ReadFields.followUps(tx, FOLLOW_UP.MEETING_ID.in(ofTrip)),
                    ReadFields.invitations(tx, INVITATION.EXTENDED_AT_MEETING_ID.in(ofTrip)
                            .or(INVITATION.FULFILLED_BY_TRIP_ID.eq(tripId))),
                    ReadFields.documents(tx, DOCUMENT.MEETING_ID.in(ofTrip).or(DOCUMENT.EVENT_ID.in(
                            select(TRIP_EVENT.EVENT_ID).from(TRIP_EVENT).where(TRIP_EVENT.TRIP_ID.eq(tripId))))));
        });
    }
}
