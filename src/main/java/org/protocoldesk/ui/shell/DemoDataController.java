package org.protocoldesk.ui.shell;

import java.nio.file.Path;
import org.protocoldesk.service.BackupService;
import org.protocoldesk.service.DemoDataService;
import org.protocoldesk.service.TaskRunner;
import org.protocoldesk.ui.common.Dialogs;
import org.protocoldesk.ui.common.Refreshable;

/**
 * The demo data set as the window shows it: loaded into an empty database on a first start, marked by a badge in
 * the status bar while it is there, and removed on request (File → Remove demo data…), after which every screen
 * loads again. While the database is empty, the welcome offers the demo data or an empty start.
 */
public final class DemoDataController {
    private final MainView view;
    private final TaskRunner tasks;
    private final DemoDataService demo;
    private final Refreshable screens;
    private final Dialogs dialogs;
    private final BackupService backups;
    private final Path dataDir;

    private record Started(boolean demoLoaded, DemoState state) {
    }

    private record DemoState(boolean loaded, boolean empty) {
    }

    public DemoDataController(MainView view, TaskRunner tasks, DemoDataService demo, BackupService backups,
                              Refreshable screens, Dialogs dialogs, Path dataDir) {
        this.backups = backups;
        this.view = view;
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.demo = demo;
        this.screens = screens;
        this.dataDir = dataDir;
        view.removeDemoData.setOnAction(event -> remove());
        view.welcome.loadDemo.setOnAction(event -> change(demo::load, "The demo data could not be loaded"));
        view.welcome.startEmpty.setOnAction(event -> view.welcome.setVisible(false));
    }

    /**
     * Loads the demo data first if asked and the database is empty, then fills the screens: all of them when the demo
     * data came in, else with {@code fill}, which may leave out what was read already.
     */
    public void start(boolean loadIntoAnEmptyDatabase, Refreshable fill) {
        tasks.write(() -> {
            boolean loaded = loadIntoAnEmptyDatabase && demo.loadIfEmpty();
            return new Started(loaded, state());
        }, started -> {
            show(started.state());
            (started.demoLoaded() ? screens : fill).refresh();
        }, failure -> {
            fill.refresh();
            dialogs.failure("The demo data could not be loaded", failure);
        });
    }

    private void remove() {
        boolean agreed = dialogs.confirm("Remove the demo data?",
                "Every trip, meeting, counterpart and other record of the demo data set is deleted. "
                        + "Records you entered yourself stay.", "Remove demo data");
        if (agreed) {
            change(() -> {
                backups.backUp("before-removing-demo-data");
                demo.remove();
            }, "The demo data could not be removed");
        }
    }

    private void change(Runnable change, String failed) {
        tasks.write(() -> {
            change.run();
            return state();
        }, state -> {
            show(state);
            screens.refresh();
        }, failure -> dialogs.failure(failed, failure));
    }

    private DemoState state() {
        return new DemoState(demo.isLoaded(), demo.isEmpty());
    }

    private void show(DemoState state) {
        view.demoBadge.setVisible(state.loaded());
        view.removeDemoData.setDisable(!state.loaded());
        view.welcome.loadDemo.setDisable(state.loaded());
        if (state.empty()) {
            view.welcome.showFor(dataDir);
        } else {
            view.welcome.setVisible(false);
        }
    }
}
