package org.protocoldesk.ui.followups;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.protocoldesk.model.FollowUpSummary;
import org.protocoldesk.service.FollowUpService;
import org.protocoldesk.service.TaskRunner;
import org.protocoldesk.ui.common.Dialogs;
import org.protocoldesk.ui.common.ListController;
import org.protocoldesk.ui.common.RecordOpener;
import org.protocoldesk.ui.shell.KeyboardShortcuts;
import org.protocoldesk.ui.shell.Section;

/**
 * Loads the follow-ups of the filter chosen into their screen, a page at a time, with today's date for the due
 * dates; marks the selected one done or drops it, then reloads the list and whatever else shows follow-ups
 * ({@code changed}); opens the meeting a follow-up came from.
 */
public final class FollowUpsController extends ListController<FollowUpSummary> {
    static final KeyCombination MARK_DONE = new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    static final KeyCombination DROP = new KeyCodeCombination(KeyCode.X, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    private final FollowUpsView view;
    private final TaskRunner tasks;
    private final Dialogs dialogs;
    private final FollowUpService followUps;
    private final Clock clock;
    private final AtomicReference<FollowUpFilter> filter;

    public FollowUpsController(FollowUpsView view, TaskRunner tasks, Dialogs dialogs, FollowUpService followUps,
                               Clock clock, RecordOpener opener, Runnable changed) {
        this(view, tasks, dialogs, followUps, clock, opener, changed, new AtomicReference<>(view.filter().get()));
    }

    private FollowUpsController(FollowUpsView view, TaskRunner tasks, Dialogs dialogs, FollowUpService followUps,
                                Clock clock, RecordOpener opener, Runnable changed,
                                AtomicReference<FollowUpFilter> filter) {
        super(view, tasks, page -> followUps.inStatus(filter.get().status(), page));
        this.view = view;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.followUps = followUps;
        this.clock = clock;
        this.filter = filter;
        FollowUpActions actions = new FollowUpActions(tasks, dialogs, followUps, clock);
        actions.selectedProperty().bind(view.selectedRow());
        actions.setOnChanged(id -> {
            refresh();
            changed.run();
        });
        view.showActions(actions);
        view.setOnOpen(row -> {
            if (row.followUp().meetingId() != null) {
                opener.open(Section.MEETINGS, row.followUp().meetingId());
            }
        });
        view.filter().addListener(o -> refresh());
        KeyboardShortcuts.registerWhileShown(view, MARK_DONE, "Follow-ups → Mark done", actions::markDone);
        KeyboardShortcuts.registerWhileShown(view, DROP, "Follow-ups → Drop", actions::drop);
    }

    @Override
    public void refresh() {
        view.today().set(LocalDate.now(clock));
        filter.set(view.filter().get());
        super.refresh();
    }

    /** Shows the follow-up from another screen (Today): the list of its status, it selected. */
    public void reveal(long id) {
        tasks.read(() -> followUps.summary(id), found -> found.ifPresent(summary -> {
            view.filter().set(FollowUpFilter.of(summary.followUp().status()));
            view.reveal(row -> row.followUp().id() == id);
        }), failure -> dialogs.failure("The follow-up could not be read", failure));
    }
}
