package org.protocoldesk.ui.meetinglog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.Clock;
import javafx.animation.PauseTransition;
import javafx.util.Duration;
import org.protocoldesk.model.MeetingDraft;
import org.protocoldesk.service.DraftService;
import org.protocoldesk.service.TaskRunner;

/**
 * Writes the form as a draft half a second after the last change typed, on the writer thread, so that a crash loses
 * at most that half second; the writer keeps the versions in order. Stops once the meeting is saved (the save deletes
 * the draft in its own transaction) and writes nothing while a save is under way.
 */
final class DraftSaver {
    static final Duration PAUSE = Duration.millis(500);
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final LogMeetingForm form;
    private final TaskRunner tasks;
    private final DraftService drafts;
    private final Clock clock;
    private final PauseTransition pause = new PauseTransition(PAUSE);
    private boolean stopped;

    DraftSaver(LogMeetingForm form, TaskRunner tasks, DraftService drafts, Clock clock) {
        this.form = form;
        this.tasks = tasks;
        this.drafts = drafts;
        this.clock = clock;
        pause.setOnFinished(event -> writeNow());
        form.editsProperty().addListener(o -> {
            if (!stopped) {
                pause.playFromStart();
            }
        });
    }

    /** Writes at once what is waiting for the pause, e.g. when the window closes. */
    void flush() {
        if (pause.getStatus() == javafx.animation.Animation.Status.RUNNING) {
            pause.stop();
            writeNow();
        }
    }

    /** No more drafts: the meeting is saved, or the user chose to discard what was typed. */
    void stop() {
        stopped = true;
        pause.stop();
    }

    /** Deletes the draft, e.g. when the user discards what was typed. */
    void discard() {
        stop();
        tasks.write(() -> {
            drafts.discard(form.draftKey());
            return null;
        }, done -> { }, failure -> { });
    }

    private void writeNow() {
        if (stopped || form.savingProperty().get() || !form.isDirty()) {
            return;
        }
        MeetingDraft draft = new MeetingDraft(form.draftKey(), form.getRecord() == null ? null
                : form.getRecord().meetingId(), form.draftLabel(), json(form.snapshot()), clock.instant());
        tasks.write(() -> {
            drafts.save(draft);
            return draft;
        }, saved -> { }, failure -> { }); // the runner logs it; the form keeps its text either way
    }

    static String json(FormSnapshot snapshot) {
        try {
            return JSON.writeValueAsString(snapshot);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A form snapshot is always writable", e);
        }
    }

    static FormSnapshot snapshot(String json) {
        try {
            return JSON.readValue(json, FormSnapshot.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a draft of this form: " + e.getOriginalMessage(), e);
        }
    }
}
