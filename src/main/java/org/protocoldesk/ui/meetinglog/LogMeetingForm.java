package org.protocoldesk.ui.meetinglog;

import static org.protocoldesk.ui.form.Fields.textOrNull;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.protocoldesk.model.EventSummary;
import org.protocoldesk.model.MeetingContext;
import org.protocoldesk.model.MeetingEntry;
import org.protocoldesk.model.MeetingKind;
import org.protocoldesk.model.PersonChoice;
import org.protocoldesk.model.Side;
import org.protocoldesk.model.TripSummary;
import org.protocoldesk.service.FieldError;
import org.protocoldesk.service.InvalidEntryException;
import org.protocoldesk.service.MeetingLogService;
import org.protocoldesk.service.TaskRunner;
import org.protocoldesk.model.InvalidRecordException;
import org.protocoldesk.ui.common.Dialogs;
import org.protocoldesk.ui.common.EnumLabels;
import org.protocoldesk.ui.form.Checks;
import org.protocoldesk.ui.form.FormField;
import org.protocoldesk.ui.form.FormViewModel;

/**
 * The state of the Log meeting form: who met (theirs and ours), when (in the zone of the place), where, on which trip
 * and at which event, topics, summary, outcomes (with the invitation or document they create) and follow-ups. It is
 * saved whole through {@link MeetingLogService}; what is typed can be taken as a {@link FormSnapshot} for a draft and
 * put back from one. Touch it on the FX thread only.
 */
public final class LogMeetingForm extends FormViewModel<MeetingEntry> {
    private final MeetingLogService log;
    private final String draftKey;
    private final ReadOnlyIntegerWrapper edits = new ReadOnlyIntegerWrapper(this, "edits");
    private final ObservableList<PersonChoice> people = FXCollections.observableArrayList();
    private final ObservableList<String> knownTopics = FXCollections.observableArrayList();
    private final ObservableList<TripSummary> trips = FXCollections.observableArrayList();
    private final ObservableList<EventSummary> events = FXCollections.observableArrayList();
    private final Map<Long, PersonChoice> peopleById = new HashMap<>();
    private final ObservableList<OutcomeRow> outcomes = FXCollections.observableArrayList();
    private final ObservableList<FollowUpRow> followUps = FXCollections.observableArrayList();
    private int rowsMade;

    final FormField<List<PersonChoice>> counterparts = tracked(fields().<List<PersonChoice>>choice("counterparts",
            "Counterparts").check(MeetingChecks::atLeastOne));
    final FormField<List<PersonChoice>> ours = tracked(fields().choice("ours", "Our participants"));
    final FormField<String> date = tracked(fields().dateText("date", "Date").check(Checks::required));
    final FormField<String> time = tracked(fields().text("time", "Time").check(MeetingChecks::timeText));
    final FormField<String> zone = tracked(fields().text("zone", "Time zone").check(MeetingChecks::zoneText));
    final FormField<String> place = tracked(fields().text("place", "Place").check(Checks::line));
    final FormField<TripSummary> trip = tracked(fields().choice("trip", "Trip"));
    final FormField<EventSummary> event = tracked(fields().choice("event", "Event"));
    final FormField<List<String>> topics = tracked(fields().choice("topics", "Topics"));
    final FormField<String> summary = tracked(fields().text("summary", "Summary")
            .check(text -> text != null && text.length() > MeetingLogService.SUMMARY_LIMIT
                    ? "At most " + MeetingLogService.SUMMARY_LIMIT + " characters (" + text.length() + " now)."
                    : null));

    /** @param draftKey the key this form's draft is written under: a new one, or that of the draft restored */
    public LogMeetingForm(TaskRunner tasks, Dialogs dialogs, MeetingLogService log, String draftKey) {
        super(tasks, dialogs);
        this.log = log;
        this.draftKey = draftKey;
        zone.check(() -> MeetingChecks.zoneForTime(time.valueProperty(), zone.get()), time.valueProperty());
        fields().alsoNamed("zone", zone);
    }

    public static String newDraftKey() {
        return UUID.randomUUID().toString();
    }

    /** Takes what the pickers offer; call before loading. */
    void offer(FormChoices choices) {
        peopleById.clear();
        choices.people().forEach(p -> peopleById.put(p.id(), p));
        people.setAll(choices.people());
        knownTopics.setAll(choices.topics());
        trips.setAll(choices.trips());
        events.setAll(choices.events());
    }

    /** A new meeting now: the date and time of {@code now} in the zone of the place, the trip and event under way. */
    static MeetingEntry startingNow(MeetingContext context, ZonedDateTime now) {
        ZoneId zoneThere = context.zone() == null ? now.getZone() : context.zone();
        ZonedDateTime there = now.withZoneSameInstant(zoneThere).truncatedTo(ChronoUnit.MINUTES);
        return new MeetingEntry(null, context.eventId() == null ? MeetingKind.BILATERAL : MeetingKind.SIDELINE,
                there.toLocalDate(), there.toLocalTime(), zoneThere, context.place(), context.city(),
                context.countryCode(), context.tripId(), context.eventId(), List.of(), List.of(), List.of(), null,
                List.of(), List.of());
    }

    /** A person met for the first time, just created: offered from now on and added to the counterparts. */
    void addCreated(PersonChoice created) {
        peopleById.put(created.id(), created);
        people.add(created);
    }

    @Override
    protected void fill(MeetingEntry loaded) {
        clearRows();
        if (loaded != null) {
            apply(snapshotOf(loaded), fields()::load);
        }
    }

    private void clearRows() {
        outcomes.forEach(OutcomeRow::remove);
        outcomes.clear();
        followUps.forEach(FollowUpRow::remove);
        followUps.clear();
    }

    /** Puts back what a draft kept, as typed: the form counts it as changed. */
    void restore(FormSnapshot snapshot) {
        clearRows();
        apply(snapshot, FormField::set);
    }

    private void apply(FormSnapshot s, Putter put) {
        put.put(counterparts, people(s.counterparts()));
        put.put(ours, people(s.ours()));
        put.put(date, s.date());
        put.put(time, s.time());
        put.put(zone, s.zone());
        put.put(place, s.place());
        put.put(trip, trips.stream().filter(t -> Objects.equals(t.id(), s.tripId())).findFirst().orElse(null));
        put.put(event, events.stream().filter(e -> Objects.equals(e.event().id(), s.eventId())).findFirst()
                .orElse(null));
        put.put(topics, s.topics() == null ? List.of() : List.copyOf(s.topics()));
        put.put(summary, s.summary());
        s.outcomes().forEach(o -> addOutcome().apply(o, this::person, put));
        s.followUps().forEach(f -> addFollowUp().apply(f, this::person, put));
    }

    /** What is typed now, for a draft. */
    FormSnapshot snapshot() {
        MeetingEntry loaded = getRecord();
        return new FormSnapshot(loaded == null ? null : loaded.meetingId(), ids(counterparts.get()), ids(ours.get()),
                date.get(), time.get(), zone.get(), place.get(), trip.get() == null ? null : trip.get().id(),
                event.get() == null ? null : event.get().event().id(), topics.get(), summary.get(),
                outcomes.stream().map(OutcomeRow::snapshot).toList(),
                followUps.stream().map(FollowUpRow::snapshot).toList());
    }

    private FormSnapshot snapshotOf(MeetingEntry e) {
        return new FormSnapshot(e.meetingId(), e.counterpartIds(), e.ourParticipantIds(), Checks.format(e.date()),
                e.time() == null ? "" : e.time().format(MeetingChecks.HH_MM), e.zone() == null ? "" : e.zone().getId(),
                e.place(), e.tripId(), e.eventId(), e.topics(), e.summary(),
                e.outcomes().stream().map(OutcomeRow::snapshotOf).toList(),
                e.followUps().stream().map(FollowUpRow::snapshotOf).toList());
    }

    /** What the draft is called in the offer to restore it: who was met. */
    String draftLabel() {
        List<PersonChoice> met = counterparts.get() == null ? List.of() : counterparts.get();
        String who = met.isEmpty() ? "Meeting" : String.join(", ", met.stream().map(PersonChoice::fullName).toList());
        return who + (date.get() == null || date.get().isBlank() ? "" : ", " + date.get().strip());
    }

    OutcomeRow addOutcome() {
        OutcomeRow row = new OutcomeRow(fields(), "outcome-" + ++rowsMade, date.valueProperty());
        trackAll(row.kind, row.text, row.direction, row.occasion, row.inviter, row.invitee, row.proposedFrom,
                row.proposedTo, row.deadline, row.title, row.documentKind, row.documentStatus, row.validFrom,
                row.validUntil);
        row.direction.valueProperty().addListener((p, was, now) -> defaultInviterAndInvitee(row));
        outcomes.add(row);
        edits.set(edits.get() + 1);
        return row;
    }

    void removeOutcome(OutcomeRow row) {
        row.remove();
        outcomes.remove(row);
        edits.set(edits.get() + 1);
    }

    FollowUpRow addFollowUp() {
        FollowUpRow row = new FollowUpRow(fields(), "follow-up-" + ++rowsMade, date.valueProperty());
        trackAll(row.action, row.owedBy, row.owner, row.due);
        followUps.add(row);
        edits.set(edits.get() + 1);
        return row;
    }

    void removeFollowUp(FollowUpRow row) {
        row.remove();
        followUps.remove(row);
        edits.set(edits.get() + 1);
    }

    /** Outgoing: we invite the first counterpart; incoming: the first counterpart invites our first participant. */
    private void defaultInviterAndInvitee(OutcomeRow row) {
        PersonChoice theirs = first(counterparts.get());
        PersonChoice ourFirst = first(ours.get());
        if (row.direction.get() == null || row.inviter.get() != null || row.invitee.get() != null) {
            return;
        }
        switch (row.direction.get()) {
            case OUTGOING -> {
                row.inviter.set(ourFirst);
                row.invitee.set(theirs);
            }
            case INCOMING -> {
                row.inviter.set(theirs);
                row.invitee.set(ourFirst);
            }
        }
    }

    @Override
    protected MeetingEntry build(MeetingEntry loaded) {
        EventSummary at = event.get();
        MeetingKind kind = at != null ? MeetingKind.SIDELINE
                : loaded != null && loaded.kind() != null ? loaded.kind() : MeetingKind.BILATERAL;
        return new MeetingEntry(loaded == null ? null : loaded.meetingId(), kind,
                Checks.parse(date.get()).orElse(null), MeetingChecks.time(time.get()).orElse(null),
                MeetingChecks.zone(zone.get()).orElse(null), textOrNull(place),
                at != null ? at.event().city() : loaded == null ? null : loaded.city(),
                at != null ? at.event().countryCode() : loaded == null ? null : loaded.countryCode(),
                trip.get() == null ? null : trip.get().id(), at == null ? null : at.event().id(),
                ids(counterparts.get()), ids(ours.get()), topics.get(), textOrNull(summary),
                outcomes.stream().map(OutcomeRow::build).toList(),
                followUps.stream().map(FollowUpRow::build).toList());
    }

    @Override
    protected MeetingEntry write(MeetingEntry built) {
        long id;
        try {
            id = log.save(built, draftKey);
        } catch (InvalidEntryException refused) {
            FieldError first = refused.errors().get(0);
            throw new InvalidRecordException(first.field(), EnumLabels.of(first.problem()));
        }
        return log.entry(id).orElseThrow();
    }

    private PersonChoice person(Long id) {
        return id == null ? null : peopleById.get(id);
    }

    private List<PersonChoice> people(List<Long> ids) {
        return ids == null ? List.of() : ids.stream().map(peopleById::get).filter(Objects::nonNull).toList();
    }

    private static List<Long> ids(List<PersonChoice> chosen) {
        return chosen == null ? List.of() : chosen.stream().map(PersonChoice::id).toList();
    }

    private static PersonChoice first(List<PersonChoice> chosen) {
        return chosen == null || chosen.isEmpty() ? null : chosen.get(0);
    }

    private <T> FormField<T> tracked(FormField<T> field) {
        field.valueProperty().addListener(o -> edits.set(edits.get() + 1));
        return field;
    }

    private void trackAll(FormField<?>... rowFields) {
        for (FormField<?> field : rowFields) {
            tracked(field);
        }
    }

    /** Counts every change typed, a row added or removed included: the draft is written after a pause in them. */
    ReadOnlyIntegerProperty editsProperty() {
        return edits.getReadOnlyProperty();
    }

    String draftKey() {
        return draftKey;
    }

    ObservableList<PersonChoice> people() {
        return people;
    }

    ObservableList<PersonChoice> counterpartChoices() {
        return people.filtered(p -> p.side() == Side.THEIRS);
    }

    ObservableList<PersonChoice> ourChoices() {
        return people.filtered(p -> p.side() == Side.OURS);
    }

    ObservableList<String> knownTopics() {
        return knownTopics;
    }

    ObservableList<TripSummary> trips() {
        return trips;
    }

    ObservableList<EventSummary> events() {
        return events;
    }

    ObservableList<OutcomeRow> outcomes() {
        return outcomes;
    }

    ObservableList<FollowUpRow> followUps() {
        return followUps;
    }
}
