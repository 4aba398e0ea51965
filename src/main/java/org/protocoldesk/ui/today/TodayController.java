package org.protocoldesk.ui.today;

import java.time.Clock;
import java.time.LocalDate;
import org.protocoldesk.service.EventService;
import org.protocoldesk.service.FollowUpService;
import org.protocoldesk.service.InvitationService;
import org.protocoldesk.service.TaskRunner;
import org.protocoldesk.service.TripService;
import org.protocoldesk.ui.common.Refreshable;

/** Loads what needs attention from today on into the Today screen. */
public final class TodayController implements Refreshable {
    private final TodayView view;
    private final TaskRunner tasks;
    private final TripService trips;
    private final EventService events;
    private final InvitationService invitations;
    private final FollowUpService followUps;
    private final Clock clock;

    public TodayController(TodayView view, TaskRunner tasks, TripService trips, EventService events,
                           InvitationService invitations, FollowUpService followUps, Clock clock) {
        this.view = view;
        this.tasks = tasks;
        this.trips = trips;
        this.events = events;
        this.invitations = invitations;
        this.followUps = followUps;
        this.clock = clock;
        view.setOnRetry(this::refresh);
    }

    @Override
    public void refresh() {
        LocalDate today = LocalDate.now(clock);
        view.today().set(today);
        view.comingUp().load(tasks, () -> Upcoming.of(trips.upcoming(today, TodayView.DAYS_AHEAD),
                events.overlapping(today, today.plusDays(TodayView.DAYS_AHEAD))));
        view.invitations().load(tasks, invitations::awaitingDecision);
        view.followUps().load(tasks, () -> followUps.dueBy(today.plusDays(TodayView.FOLLOW_UP_DAYS_AHEAD)));
    }
}
