package org.protocoldesk.ui.meetinglog;

import java.time.Clock;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.protocoldesk.model.MeetingEntry;
import org.protocoldesk.service.DraftService;
import org.protocoldesk.service.TaskRunner;
import org.protocoldesk.ui.common.Dialogs;
import org.protocoldesk.ui.shell.Stylesheet;

/**
 * The Log meeting window: Ctrl+Enter saves and closes from any field; Esc closes at once when nothing was typed and
 * asks before discarding otherwise. Closing it any other way keeps the draft, to be restored at the next start.
 */
final class LogMeetingWindow {
    static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);

    private final Stage stage = new Stage();
    private final LogMeetingForm form;
    private final LogMeetingView view;
    private final DraftSaver drafts;
    private final Dialogs dialogs;

    LogMeetingWindow(Window owner, LogMeetingForm form, LogMeetingView view, TaskRunner tasks,
                     DraftService draftService, Dialogs dialogs, Clock clock, Runnable onSaved) {
        this.form = form;
        this.view = view;
        this.dialogs = dialogs;
        this.drafts = new DraftSaver(form, tasks, draftService, clock);
        stage.initOwner(owner);
        stage.setTitle(form.getRecord() != null && form.getRecord().meetingId() != null ? "Edit meeting"
                : "Log meeting");
        Scene scene = new Scene(view.root(), 860, 760);
        scene.getStylesheets().add(Stylesheet.url());
        stage.setScene(scene);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (SAVE.match(event)) {
                event.consume();
                form.save();
            }
        });
        scene.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                event.consume();
                closeAsked();
            }
        });
        view.save.setOnAction(event -> form.save());
        view.close.setOnAction(event -> closeAsked());
        form.setOnSaved(saved -> saved(onSaved));
        stage.setOnHiding(event -> drafts.flush());
    }

    void show() {
        stage.show();
        stage.requestFocus();
        view.focusStart();
    }

    Stage stage() {
        return stage;
    }

    private void saved(Runnable onSaved) {
        drafts.stop();
        stage.hide();
        onSaved.run();
    }

    private void closeAsked() {
        if (!form.isDirty()) {
            drafts.discard();
            stage.hide();
        } else if (dialogs.confirm("Discard this meeting?", "What was typed into the form will be lost.",
                "Discard")) {
            drafts.discard();
            stage.hide();
        }
    }

    MeetingEntry record() {
        return form.getRecord();
    }
}
