package org.protocoldesk.ui.invitations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.protocoldesk.model.Invitation;
import org.protocoldesk.model.InvitationAction;
import org.protocoldesk.model.InvitationChange;
import org.protocoldesk.model.Meeting;
import org.protocoldesk.model.MeetingSummary;
import org.protocoldesk.service.EventService;
import org.protocoldesk.service.FieldError;
import org.protocoldesk.service.InvalidEntryException;
import org.protocoldesk.service.InvalidTransitionException;
import org.protocoldesk.service.InvitationLedger;
import org.protocoldesk.service.MeetingService;
import org.protocoldesk.service.TaskRunner;
import org.protocoldesk.service.TripService;
import org.protocoldesk.ui.common.EnumLabels;
import org.protocoldesk.ui.common.Problems;
import org.protocoldesk.ui.form.Checks;
import org.protocoldesk.ui.form.Fields;
import org.protocoldesk.ui.form.FormField;

/**
 * What can be done with the invitation shown, and what was done: the decisions its status allows (accept, decline
 * with a reason, mark fulfilled by a trip or an event, lapse), each dated; its history; the meeting where it was
 * extended, and linking one later. A decision missing what it needs is refused next to the field and writes
 * nothing; the ledger refuses a transition the status does not allow. Holds no nodes; FX thread only.
 */
public final class InvitationDecisions {
    /** How far around the day an invitation was extended the meetings offered for linking reach. */
    static final int MEETING_DAYS_AROUND = 30;

    private final TaskRunner tasks;
    private final InvitationLedger ledger;
    private final MeetingService meetings;
    private final TripService trips;
    private final EventService events;
    private final Clock clock;
    private final Fields fields = new Fields();
    final FormField<String> on = fields.dateText("decided-on", "On");
    final FormField<String> reason = fields.text("reason", "Reason").check(Checks::line);
    final FormField<Fulfilment> fulfilledBy = fields.choice("fulfilled-by", "Fulfilled by");
    final FormField<MeetingSummary> meeting = fields.choice("meeting", "Meeting");
    private final ReadOnlyObjectWrapper<Invitation> invitation = new ReadOnlyObjectWrapper<>(this, "invitation");
    private final ReadOnlyObjectWrapper<Meeting> extendedAt = new ReadOnlyObjectWrapper<>(this, "extendedAt");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ObservableList<InvitationChange> history = FXCollections.observableArrayList();
    private final ObservableList<Fulfilment> fulfilments = FXCollections.observableArrayList();
    private final ObservableList<MeetingSummary> meetingChoices = FXCollections.observableArrayList();
    private LongConsumer onChanged = id -> { };

    public InvitationDecisions(TaskRunner tasks, InvitationLedger ledger, MeetingService meetings, TripService trips,
                        EventService events, Clock clock) {
        this.tasks = tasks;
        this.ledger = ledger;
        this.meetings = meetings;
        this.trips = trips;
        this.events = events;
        this.clock = clock;
    }

    /** Shows {@code shown} (null: none), with its history, the meeting it came from and what may link to it. */
    void show(Invitation shown) {
        problem.set("");
        invitation.set(shown);
        fields.load(on, Fields.dateText(LocalDate.now(clock)));
        fields.load(reason, "");
        fields.load(fulfilledBy, null);
        fields.load(meeting, null);
        history.clear();
        extendedAt.set(null);
        meetingChoices.clear();
        if (shown == null) {
            return;
        }
        long id = shown.id();
        LocalDate around = shown.extendedOn() != null ? shown.extendedOn() : LocalDate.now(clock);
        Long meetingId = shown.extendedAtMeetingId();
        tasks.read(() -> new Standing(ledger.history(id),
                        meetingId == null ? Optional.empty() : meetings.find(meetingId),
                        meetings.between(around.minusDays(MEETING_DAYS_AROUND), around.plusDays(MEETING_DAYS_AROUND))),
                standing -> {
                    if (isShown(id)) {
                        history.setAll(standing.history());
                        extendedAt.set(standing.extendedAt().orElse(null));
                        meetingChoices.setAll(standing.nearby());
                    }
                }, failure -> problem.set("The history could not be read: " + Problems.describe(failure)));
        if (fulfilments.isEmpty()) {
            tasks.read(() -> Stream.concat(trips.summaries().stream().map(Fulfilment::of),
                            events.summaries().stream().map(Fulfilment::of))
                            .sorted(Comparator.comparing(Fulfilment::start, Comparator.reverseOrder())).toList(),
                    fulfilments::setAll, failure -> problem.set("The trips and events could not be read: "
                            + Problems.describe(failure)));
        }
    }

    private record Standing(List<InvitationChange> history, Optional<Meeting> extendedAt, List<MeetingSummary> nearby) {
    }

    private boolean isShown(long id) {
        return invitation.get() != null && invitation.get().id() == id;
    }

    /** True while the invitation shown may take {@code action}: the only decisions the pane offers. */
    BooleanBinding offers(InvitationAction action) {
        return Bindings.createBooleanBinding(() -> invitation.get() != null
                && action.allowedFrom(invitation.get().status()), invitation);
    }

    /** Takes the decision, dated as the "On" field says; refused next to its field when something it needs is missing. */
    void decide(InvitationAction action) {
        problem.set("");
        Invitation shown = invitation.get();
        if (shown == null || !action.allowedFrom(shown.status())) {
            return;
        }
        Optional<LocalDate> day = Checks.parse(on.get());
        if (day.isEmpty()) {
            on.rejectWith(on.get().isBlank() ? "Required: the day it was decided." : Checks.date(on.get()));
            return;
        }
        if (action == InvitationAction.DECLINE && reason.get().isBlank()) {
            reason.rejectWith("Required: say why it is declined.");
            return;
        }
        if (action == InvitationAction.FULFIL && fulfilledBy.get() == null) {
            fulfilledBy.rejectWith("Choose the trip or event that fulfilled it.");
            return;
        }
        if (!fields.validProperty().get()) {
            fields.revealAll();
            return;
        }
        long id = shown.id();
        LocalDate decidedOn = day.get();
        Fulfilment by = fulfilledBy.get();
        String why = Fields.textOrNull(reason);
        write(id, () -> {
            switch (action) {
                case ACCEPT -> ledger.accept(id, decidedOn);
                case DECLINE -> ledger.decline(id, decidedOn, why);
                case FULFIL -> ledger.fulfil(id, decidedOn, by.tripId(), by.eventId());
                case LAPSE -> ledger.lapse(id, decidedOn);
                case MARK_NOT_RECORDED -> ledger.markNotRecorded(id, decidedOn);
            }
            return id;
        });
    }

    /** Links the invitation to the meeting chosen: the one where it was extended. */
    void linkToMeeting() {
        problem.set("");
        Invitation shown = invitation.get();
        if (shown == null) {
            return;
        }
        MeetingSummary chosen = meeting.get();
        if (chosen == null) {
            meeting.rejectWith("Choose the meeting where it was extended.");
            return;
        }
        long id = shown.id();
        write(id, () -> {
            ledger.linkToMeeting(id, chosen.id());
            return id;
        });
    }

    private void write(long id, Callable<Long> work) {
        tasks.write(work, done -> onChanged.accept(id), this::refused);
    }

    private void refused(Throwable failure) {
        if (failure instanceof InvalidEntryException invalid) {
            for (FieldError error : invalid.errors()) {
                String words = EnumLabels.of(error.problem());
                fieldNamed(error.field()).ifPresentOrElse(f -> f.rejectWith(
                                Character.toUpperCase(words.charAt(0)) + words.substring(1) + "."),
                        () -> problem.set("Not done: " + error.field() + " " + EnumLabels.of(error.problem())));
            }
        } else if (failure instanceof InvalidTransitionException refused) {
            problem.set("Not done: an invitation that is " + EnumLabels.of(refused.from()).toLowerCase()
                    + " cannot be " + EnumLabels.of(refused.action().result()).toLowerCase() + ".");
        } else {
            problem.set("Not done: " + Problems.describe(failure));
        }
    }

    private Optional<FormField<?>> fieldNamed(String name) {
        return switch (name) {
            case "on" -> Optional.of(on);
            case "reason" -> Optional.of(reason);
            case "fulfilledBy" -> Optional.of(fulfilledBy);
            default -> Optional.empty();
        };
    }

    /** What to do once a decision or a link is stored: reload the invitation, its list and Today. */
    void setOnChanged(LongConsumer changed) {
        this.onChanged = changed;
    }

    ReadOnlyObjectProperty<Invitation> invitationProperty() {
        return invitation.getReadOnlyProperty();
    }

    /** The meeting where the invitation was extended, once read; null when none is linked. */
    ReadOnlyObjectProperty<Meeting> extendedAtProperty() {
        return extendedAt.getReadOnlyProperty();
    }

    /** A failure no field is to blame for, in words; empty when there is none. */
    ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    ObservableList<InvitationChange> history() {
        return history;
    }

    ObservableList<Fulfilment> fulfilments() {
        return fulfilments;
    }

    /** The meetings held within {@value #MEETING_DAYS_AROUND} days of the day the invitation was extended. */
    ObservableList<MeetingSummary> meetingChoices() {
        return meetingChoices;
    }
}
