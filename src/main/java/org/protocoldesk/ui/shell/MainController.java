package org.protocoldesk.ui.shell;

import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.stage.Window;
import org.protocoldesk.model.ReadOnlyCause;
import org.protocoldesk.ui.common.HoverTooltip;

/**
 * The behaviour of the main window: which section is shown, the theme, the menus, and what the status bar says.
 * It knows the screens only as nodes; the screens' own controllers load their data.
 */
public final class MainController {
    private final MainView view;
    private final Function<Section, ? extends Node> screens;
    private final AppInfo info;
    private final ObjectProperty<Section> section = new SimpleObjectProperty<>(this, "section");
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme");

    /** @param screens the screen of a section, built when first shown */
    public MainController(MainView view, Function<Section, ? extends Node> screens, AppInfo info,
                          Theme initialTheme) {
        this.view = view;
        this.screens = screens;
        this.info = info;
        view.dataFolder.setText(info.dataDir().toString());
        HoverTooltip.on(view.dataFolder, "Data folder: " + info.dataDir());
        wireNavigation();
        wireThemes();
        view.filterList.setOnAction(event -> currentFilter().ifPresent(Node::requestFocus));
        view.about.setOnAction(event -> WindowDialogs.about(window(), info));
        view.shortcuts.setOnAction(event -> WindowDialogs.keyboardShortcuts(window(),
                KeyboardShortcuts.of(view.root().getScene())));
        view.quit.setOnAction(event -> window().hide());
        view.removeDemoData.setDisable(true);
        view.demoBadge.setVisible(false);
        showTasksInFlight(0);
        theme.set(initialTheme);
        section.set(Section.TODAY);
    }

    public void show(Section shown) {
        section.set(shown);
    }

    /** What Find does (Ctrl+K, Edit → Find, a click in the search field of the top bar). */
    public void onFind(Runnable find) {
        view.find.setOnAction(event -> find.run());
        view.search.setOnMouseClicked(event -> find.run());
    }

    /** What Log meeting does (Ctrl+L, the toolbar button, the File menu), and Restore meeting drafts. */
    public void onLogMeeting(Runnable logNew, Runnable restoreDrafts) {
        view.logMeeting.setOnAction(event -> logNew.run());
        view.logMeetingButton.setOnAction(event -> logNew.run());
        view.restoreDrafts.setOnAction(event -> restoreDrafts.run());
    }

    /** What File → Ad hoc briefing… (Ctrl+Shift+B) does. */
    public void onAdHocBriefing(Runnable adHocBriefing) {
        view.adHocBriefing.setOnAction(event -> adHocBriefing.run());
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** Says above the screens that nothing can be saved, and why; the menus that would write are disabled. */
    public void showReadOnly(ReadOnlyCause cause) {
        view.readOnlyBanner.setText(ReadOnlyTexts.banner(cause));
        view.readOnlyBanner.setVisible(true);
        view.removeDemoData.setDisable(true);
        view.restoreBackup.setDisable(true);
    }

    /** Shows the busy indicator while any background task is in flight. */
    public void showTasksInFlight(int count) {
        view.busySpinner.setVisible(count > 0);
    }

    /** Tells the user that the database cannot be opened, then closes the window: without it there is nothing to show. */
    public void showDatabaseFailure(Throwable problem) {
        WindowDialogs.databaseFailure(window(), info.dataDir(), problem).setOnHidden(event -> window().hide());
    }

    private void wireNavigation() {
        for (Section each : Section.values()) {
            view.navButtons.get(each).setUserData(each);
            view.sectionMenuItems.get(each).setUserData(each);
        }
        view.navigation.selectedToggleProperty().addListener((property, was, now) -> {
            if (now == null) {
                was.setSelected(true); // the rail always shows where the user is
            } else {
                section.set((Section) now.getUserData());
            }
        });
        view.sectionItems.selectedToggleProperty().addListener((property, was, now) -> {
            if (now != null) {
                section.set((Section) now.getUserData());
            }
        });
        section.addListener((property, was, now) -> {
            view.content().getChildren().setAll(screens.apply(now));
            view.navButtons.get(now).setSelected(true);
            view.navButtons.get(now).requestFocus();
            view.sectionMenuItems.get(now).setSelected(true);
        });
    }

    private void wireThemes() {
        view.lightTheme.setUserData(Theme.LIGHT);
        view.darkTheme.setUserData(Theme.DARK);
        view.themes.selectedToggleProperty().addListener((property, was, now) -> {
            if (now != null) {
                theme.set((Theme) now.getUserData());
            }
        });
        theme.addListener((property, was, now) -> {
            now.apply();
            (now == Theme.DARK ? view.darkTheme : view.lightTheme).setSelected(true);
        });
    }

    /** The filter field of the screen shown, if it is a list. */
    private Optional<Node> currentFilter() {
        return Optional.ofNullable(view.content().lookup(".list-filter"));
    }

    private Window window() {
        return view.root().getScene().getWindow();
    }
}
