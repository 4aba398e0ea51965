package org.protocoldesk.ui.meetinglog;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.protocoldesk.model.MeetingContext;
import org.protocoldesk.model.MeetingDraft;
import org.protocoldesk.model.MeetingEntry;
import org.protocoldesk.service.CountryService;
import org.protocoldesk.service.DraftService;
import org.protocoldesk.service.EventService;
import org.protocoldesk.service.MeetingLogService;
import org.protocoldesk.service.TaskRunner;
import org.protocoldesk.service.TripService;
import org.protocoldesk.ui.common.Dialogs;
import org.protocoldesk.ui.form.Countries;

/**
 * Opens the Log meeting form: for a new meeting (Ctrl+L), for a meeting saved before (to edit it), or for each draft
 * left unsaved; at start it offers to restore the drafts waiting. What the form offers is read in the background
 * first, so the window opens filled.
 */
public final class MeetingLog {
    private final Supplier<Window> owner;
    private final TaskRunner tasks;
    private final Dialogs dialogs;
    private final Services services;
    private final Clock clock;
    private final Runnable onSaved;
    private final Countries countries = new Countries();

    /** The services the form reads and writes through. */
    public record Services(MeetingLogService log, DraftService drafts, TripService trips, EventService events,
                           CountryService countries) {
    }

    public MeetingLog(Supplier<Window> owner, TaskRunner tasks, Dialogs dialogs, Services services, Clock clock,
                      Runnable onSaved) {
        this.owner = owner;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.services = services;
        this.clock = clock;
        this.onSaved = onSaved;
        countries.load(tasks, services.countries(), () -> { });
    }

    /** A new meeting, now, where the trip and event under way are. */
    public void logNew() {
        tasks.read(this::choices, choices -> open(choices, LogMeetingForm.startingNow(choices.context(),
                ZonedDateTime.now(clock)), null, LogMeetingForm.newDraftKey()), this::failed);
    }

    /**
     * A new meeting on {@code day} at {@code time} (a free slot double-clicked in the calendar), at the place and in
     * the zone of the trip or event under way that day, else in the machine's zone.
     */
    public void logAt(LocalDate day, LocalTime time) {
        tasks.read(() -> {
            MeetingContext there = services.log().context(day);
            ZoneId zone = there.zone() == null ? clock.getZone() : there.zone();
            return new Loaded(choices(), LogMeetingForm.startingNow(there, ZonedDateTime.of(day, time, zone)));
        }, loaded -> open(loaded.choices(), loaded.entry(), null, LogMeetingForm.newDraftKey()), this::failed);
    }

    /** A meeting saved before, in the same form. */
    public void edit(long meetingId) {
        tasks.read(() -> new Loaded(choices(), services.log().entry(meetingId).orElseThrow()),
                loaded -> open(loaded.choices(), loaded.entry(), null, LogMeetingForm.newDraftKey()), this::failed);
    }

    /** Opens a form for every draft waiting, with what was typed in it. */
    public void restoreDrafts() {
        tasks.read(() -> services.drafts().waiting(), this::restore, this::failed);
    }

    /** At start: when drafts are waiting, asks whether to restore them now (they keep waiting otherwise). */
    public void offerDrafts() {
        tasks.read(() -> services.drafts().waiting(), waiting -> {
            if (!waiting.isEmpty() && dialogs.confirm(waiting.size() == 1 ? "A meeting was not saved"
                            : waiting.size() + " meetings were not saved",
                    "Typed and not saved:\n• " + String.join("\n• ", waiting.stream().map(MeetingDraft::label)
                            .toList()) + "\n\nRestore them in the Log meeting form?", "Restore")) {
                restore(waiting);
            }
        }, this::failed);
    }

    private void restore(List<MeetingDraft> waiting) {
        for (MeetingDraft draft : waiting) {
            tasks.read(() -> {
                FormChoices choices = choices();
                return new Loaded(choices, draft.meetingId() == null
                        ? LogMeetingForm.startingNow(choices.context(), ZonedDateTime.now(clock))
                        : services.log().entry(draft.meetingId()).orElse(null));
            },
                    loaded -> open(loaded.choices(), loaded.entry(), DraftSaver.snapshot(draft.content()),
                            draft.key()), this::failed);
        }
    }

    private record Loaded(FormChoices choices, MeetingEntry entry) {
    }

    private FormChoices choices() {
        return new FormChoices(services.log().people(), services.log().topics(), services.trips().summaries(),
                services.events().summaries(), services.log().context(LocalDate.now(clock)));
    }

    private void open(FormChoices choices, MeetingEntry entry, FormSnapshot typed, String draftKey) {
        LogMeetingForm form = new LogMeetingForm(tasks, dialogs, services.log(), draftKey);
        form.offer(choices);
        LogMeetingView view = new LogMeetingView(form, new NewCounterpartPane(tasks, services.log(), countries));
        form.load(entry);
        if (typed != null) {
            form.restore(typed);
        }
        new LogMeetingWindow(owner.get(), form, view, tasks, services.drafts(), dialogs, clock, onSaved).show();
    }

    private void failed(Throwable problem) {
        dialogs.failure("The Log meeting form cannot be opened", problem);
    }
}
