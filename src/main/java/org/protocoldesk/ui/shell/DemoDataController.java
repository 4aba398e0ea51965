package org.protocoldesk.ui.shell;

import org.protocoldesk.service.BackupService;
import org.protocoldesk.service.DemoDataService;
import org.protocoldesk.service.TaskRunner;
import org.protocoldesk.ui.common.Dialogs;
import org.protocoldesk.ui.common.Refreshable;

/**
 * The demo data set as the window shows it: loaded into an empty database on a first start, marked by a badge in
 * the status bar while it is there, and removed on request (File → Remove demo data…), after which every screen
 * loads again.
 */
public final class DemoDataController {
    private final MainView view;
    private final TaskRunner tasks;
    private final DemoDataService demo;
    private final Refreshable screens;
    private final Dialogs dialogs;
    private final BackupService backups;

    public DemoDataController(MainView view, TaskRunner tasks, DemoDataService demo, BackupService backups,
                              Refreshable screens, Dialogs dialogs) {
        this.backups = backups;
        this.view = view;
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.demo = demo;
        this.screens = screens;
        view.removeDemoData.setOnAction(event -> remove());
    }

    /** Loads the demo data first if asked and the database is empty, then fills the screens. */
    public void start(boolean loadIntoAnEmptyDatabase) {
        tasks.write(() -> {
            if (loadIntoAnEmptyDatabase) {
                demo.loadIfEmpty();
            }
            return demo.isLoaded();
        }, loaded -> {
            showLoaded(loaded);
            screens.refresh();
        }, failure -> {
            screens.refresh();
            dialogs.failure("The demo data could not be loaded", failure);
        });
    }

    private void remove() {
        boolean agreed = dialogs.confirm("Remove the demo data?",
                "Every trip, meeting, counterpart and other record of the demo data set is deleted. "
                        + "Records you entered yourself stay.", "Remove demo data");
        if (!agreed) {
            return;
        }
        tasks.write(() -> {
            backups.backUp("before-removing-demo-data");
            demo.remove();
            return demo.isLoaded();
        }, loaded -> {
            showLoaded(loaded);
            screens.refresh();
        }, failure -> dialogs.failure("The demo data could not be removed", failure));
    }

    private void showLoaded(boolean loaded) {
        view.demoBadge.setVisible(loaded);
        view.removeDemoData.setDisable(!loaded);
    }
}
