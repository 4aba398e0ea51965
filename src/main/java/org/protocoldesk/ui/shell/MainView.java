package org.protocoldesk.ui.shell;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import java.util.EnumMap;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.skin.ScrollPaneSkin;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import org.protocoldesk.ui.common.HoverTooltip;

/**
 * The main window's nodes: menu bar and search field on top, the navigation rail on the left, the current screen in
 * the middle, the status bar at the bottom. It only builds and lays out; {@link MainController} gives it behaviour.
 */
public final class MainView {
    static final String SEARCH_PROMPT = "Search everything";

    private final StackPane root = new StackPane();
    private final BorderPane frame = new BorderPane();
    private final StackPane content = new StackPane();
    final WelcomePane welcome = new WelcomePane();
    private final VBox center = new VBox(welcome, content);
    private ScrollPane welcomeScroll;

    final MenuItem removeDemoData = new MenuItem("Remove demo data…");
    final MenuItem backUpNow = new MenuItem("Back up now…");
    final MenuItem restoreBackup = new MenuItem("Restore from backup…");
    final Label readOnlyBanner = new Label();
    final MenuItem quit = new MenuItem("Quit");
    final MenuItem find = new MenuItem("Find…");
    final MenuItem logMeeting = new MenuItem("Log meeting…");
    final MenuItem restoreDrafts = new MenuItem("Restore meeting drafts");
    final MenuItem adHocBriefing = new MenuItem("Ad hoc briefing…");
    final Button logMeetingButton = new Button("Log meeting", new FontIcon(Material2OutlinedAL.EDIT));
    final MenuItem filterList = new MenuItem("Filter this list");
    final ToggleGroup themes = new ToggleGroup();
    final RadioMenuItem lightTheme = new RadioMenuItem("Light theme");
    final RadioMenuItem darkTheme = new RadioMenuItem("Dark theme");
    final ToggleGroup sectionItems = new ToggleGroup();
    final Map<Section, RadioMenuItem> sectionMenuItems = new EnumMap<>(Section.class);
    final MenuItem userGuide = new MenuItem("User guide");
    final MenuItem shortcuts = new MenuItem("Keyboard shortcuts");
    final MenuItem about = new MenuItem("About Protocol Desk");

    final CustomTextField search = new CustomTextField();
    final ToggleGroup navigation = new ToggleGroup();
    final Map<Section, ToggleButton> navButtons = new EnumMap<>(Section.class);

    final Label dataFolder = new Label();
    final ProgressIndicator busySpinner = new ProgressIndicator();
    final Label busyLabel = new Label("Working…");
    final Label demoBadge = new Label("Demo data");

    public MainView() {
        root.getStyleClass().add("main-window");
        root.getStylesheets().add(Stylesheet.url());
        root.getChildren().add(frame);
        // A window smaller than the frame's minimum must cut its foot, never push the menu bar off the top.
        StackPane.setAlignment(frame, Pos.TOP_LEFT);
        frame.setMinSize(0, 0);
        readOnlyBanner.setId("read-only-banner");
        readOnlyBanner.getStyleClass().add("read-only-banner");
        readOnlyBanner.setGraphic(new FontIcon(Material2OutlinedAL.LOCK));
        readOnlyBanner.setWrapText(true);
        readOnlyBanner.setMaxWidth(Double.MAX_VALUE);
        readOnlyBanner.setVisible(false);
        readOnlyBanner.managedProperty().bind(readOnlyBanner.visibleProperty());
        frame.setTop(new VBox(topBar(), readOnlyBanner));
        frame.setLeft(navigationRail());
        content.setId("screens");
        content.getStyleClass().add("content");
        VBox.setVgrow(content, Priority.ALWAYS);
        VBox.setMargin(welcome, new Insets(16, 16, 0, 16));
        // Taller than its place (a window shorter than a screen's minimum), it is cut at its foot: centred, as a
        // BorderPane places it by default, it covered the top bar.
        BorderPane.setAlignment(center, Pos.TOP_LEFT);
        frame.setCenter(center);
        frame.setBottom(statusBar());
        welcome.visibleProperty().addListener((welcomeShown, wasShown, shown) -> placeWelcome(shown));
    }

    /**
     * While the welcome shows, the screen below it takes the height left, but no less than its minimum, and the two
     * scroll together: squeezed under the welcome on a laptop's screen, Today's and the calendar's foot was cut. The
     * scroll pane is made on the first welcome only, so a start on a filled database never builds it.
     */
    private void placeWelcome(boolean shown) {
        if (shown) {
            if (welcomeScroll == null) {
                welcomeScroll = new ScrollPane();
                welcomeScroll.setFitToWidth(true);
                welcomeScroll.setFitToHeight(true);
                welcomeScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
                welcomeScroll.getStyleClass().add("welcome-scroll");
                // Made now, not at the next pulse: the screens move into it at once and are never out of the scene.
                welcomeScroll.setSkin(new ScrollPaneSkin(welcomeScroll));
            }
            welcomeScroll.setVvalue(0);
            frame.setCenter(welcomeScroll);
            welcomeScroll.setContent(center);
        } else if (welcomeScroll != null) {
            welcomeScroll.setContent(null);
            frame.setCenter(center);
        }
    }

    public StackPane root() {
        return root;
    }

    /** Lays {@code layer} over the whole window, e.g. the search card; it shows only while it is visible. */
    public void addLayer(Node layer) {
        root.getChildren().add(layer);
    }

    StackPane content() {
        return content;
    }

    private HBox topBar() {
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        logMeeting.setAccelerator(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN));
        restoreDrafts.setAccelerator(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN));
        adHocBriefing.setAccelerator(new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN));
        Menu file = new Menu("_File", null, logMeeting, restoreDrafts, adHocBriefing, new SeparatorMenuItem(), backUpNow,
                restoreBackup, new SeparatorMenuItem(), removeDemoData, new SeparatorMenuItem(), quit);

        find.setAccelerator(new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN));
        filterList.setAccelerator(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN));
        Menu edit = new Menu("_Edit", null, find, filterList);

        Menu view = new Menu("_View", null, lightTheme, darkTheme, new SeparatorMenuItem());
        lightTheme.setToggleGroup(themes);
        darkTheme.setToggleGroup(themes);
        for (Section section : Section.values()) {
            RadioMenuItem item = new RadioMenuItem(section.title());
            item.setAccelerator(section.shortcut());
            item.setToggleGroup(sectionItems);
            sectionMenuItems.put(section, item);
            view.getItems().add(item);
        }
        about.setAccelerator(new KeyCodeCombination(KeyCode.F1));
        shortcuts.setAccelerator(new KeyCodeCombination(KeyCode.SLASH, KeyCombination.SHORTCUT_DOWN));
        Menu help = new Menu("_Help", null, userGuide, shortcuts, new SeparatorMenuItem(), about);

        MenuBar menuBar = new MenuBar(file, edit, view, help);
        HBox.setHgrow(menuBar, Priority.ALWAYS);

        search.setId("global-search");
        search.getStyleClass().add("global-search");
        search.setPromptText(SEARCH_PROMPT);
        search.setEditable(false); // it opens the search card, where one types
        search.setFocusTraversable(false); // reached with Ctrl+K; Tab goes to the screens
        search.setLeft(new FontIcon(Material2OutlinedMZ.SEARCH));
        Label shortcut = new Label(find.getAccelerator().getDisplayText());
        shortcut.getStyleClass().add("shortcut-hint");
        search.setRight(shortcut);
        HoverTooltip.on(search, "Search counterparts, organisations, events, trips, meetings, invitations and "
                + "documents (" + find.getAccelerator().getDisplayText() + ")");

        logMeetingButton.setId("log-meeting-button");
        logMeetingButton.getStyleClass().add(Styles.ACCENT);
        logMeetingButton.setFocusTraversable(false);
        HoverTooltip.on(logMeetingButton, "Log a meeting (" + logMeeting.getAccelerator().getDisplayText() + ")");
        HBox bar = new HBox(menuBar, logMeetingButton, search);
        bar.getStyleClass().add("top-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private VBox navigationRail() {
        Label brand = new Label(AppInfo.NAME, AppIcon.view(28));
        brand.getStyleClass().add("brand");
        VBox rail = new VBox(brand);
        rail.getStyleClass().add("nav-rail");
        for (Section section : Section.values()) {
            ToggleButton button = new ToggleButton(section.title(), new FontIcon(section.icon()));
            button.setId("nav-" + section.id());
            button.getStyleClass().add("nav-item");
            button.setMaxWidth(Double.MAX_VALUE);
            button.setAlignment(Pos.CENTER_LEFT);
            button.setToggleGroup(navigation);
            HoverTooltip.on(button, section.shortcut() == null ? section.title()
                    : section.title() + " (" + section.shortcut().getDisplayText() + ")");
            navButtons.put(section, button);
            rail.getChildren().add(button);
        }
        return rail;
    }

    private HBox statusBar() {
        dataFolder.setId("status-data-folder");
        dataFolder.setGraphic(new FontIcon(Material2OutlinedAL.FOLDER_OPEN));
        dataFolder.setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
        dataFolder.getStyleClass().add(Styles.TEXT_MUTED);

        busySpinner.setId("status-busy");
        busySpinner.getStyleClass().add("busy-spinner");
        busyLabel.getStyleClass().add(Styles.TEXT_MUTED);
        HBox busy = new HBox(busySpinner, busyLabel);
        busy.getStyleClass().add("busy");
        busy.setAlignment(Pos.CENTER_LEFT);
        busy.visibleProperty().bind(busySpinner.visibleProperty());
        busy.managedProperty().bind(busySpinner.visibleProperty());

        demoBadge.setId("status-demo-badge");
        demoBadge.getStyleClass().add("badge");
        HoverTooltip.on(demoBadge, "The demo data set is loaded. File → Remove demo data… removes it.");
        demoBadge.managedProperty().bind(demoBadge.visibleProperty());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(dataFolder, spacer, busy, demoBadge);
        bar.getStyleClass().add("status-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }
}
