package org.protocoldesk.ui.calendar;

import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.protocoldesk.model.CalendarItem;
import org.protocoldesk.model.CalendarItemKind;
import org.protocoldesk.model.PersonRef;
import org.protocoldesk.ui.common.Dates;
import org.protocoldesk.ui.common.HoverTooltip;
import org.protocoldesk.ui.common.KindLegend;
import org.protocoldesk.ui.common.LoadState;
import org.protocoldesk.ui.common.PillSwitch;
import org.protocoldesk.ui.common.ScreenHeader;
import org.protocoldesk.ui.common.StateMessage;
import org.protocoldesk.ui.shell.Section;

/**
 * The calendar: a month, a week or a day of trips, events, meetings (at the local time of their place), reply
 * deadlines, proposed visits and follow-up due dates. The legend filters by kind; the pickers by country,
 * counterpart and trip. Keys: Page Up / Page Down the previous / next period, Home today, M, W, D the view.
 */
public final class CalendarView extends VBox {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private final CalendarModel model;
    private final StackPane body = new StackPane();
    private final ComboBox<String> country = new ComboBox<>();
    private final ComboBox<PersonRef> counterpart = new ComboBox<>();
    private final ComboBox<CalendarItem> trip = new ComboBox<>();
    private final javafx.event.EventHandler<KeyEvent> keys = this::onKey;
    private Map<String, String> countryNames = Map.of();
    private final FlowPane markers = new FlowPane();
    private final Label exported = new Label();
    private Consumer<CalendarItem> onOpen = item -> { };
    private Runnable onRetry = () -> { };
    private Runnable onExport = () -> { };
    private BiConsumer<LocalDate, LocalTime> onLogMeeting = (day, time) -> { };

    public CalendarView() {
        model = new CalendarModel(LocalDate.now());
        setId(Section.CALENDAR.id() + "-screen");
        getStyleClass().addAll("screen", "calendar-screen");

        ScreenHeader header = new ScreenHeader(Section.CALENDAR.title(), navigation(), new PillSwitch<>("calendar-mode",
                java.util.List.of(CalendarMode.values()), CalendarMode::label, model.mode()));
        header.subtitle().textProperty().bind(Bindings.createStringBinding(this::periodLabel, model.mode(),
                model.anchor()));

        VBox.setVgrow(body, Priority.ALWAYS);
        body.getStyleClass().add("calendar-body");
        markers.setId("calendar-month-markers");
        markers.getStyleClass().add("calendar-month-markers");
        markers.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(header, pickers(), markers, body, legend());

        model.shown().addListener((ListChangeListener<CalendarItem>) change -> render());
        model.state().addListener((property, was, now) -> render());
        model.mode().addListener((property, was, now) -> render());
        model.anchor().addListener((property, was, now) -> render());
        model.loaded().addListener((ListChangeListener<CalendarItem>) change -> refreshChoices());
        // The keys work wherever the focus is while the calendar is on screen, the navigation rail included.
        sceneProperty().addListener((property, was, now) -> {
            if (was != null) {
                was.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
            if (now != null) {
                now.addEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
        });
        render();
    }

    private HBox navigation() {
        Button previous = iconButton("calendar-previous", Material2AL.CHEVRON_LEFT, "Previous period (Page Up)");
        previous.setOnAction(event -> model.previous());
        Button next = iconButton("calendar-next", Material2AL.CHEVRON_RIGHT, "Next period (Page Down)");
        next.setOnAction(event -> model.next());
        Button today = new Button("Today");
        today.setId("calendar-today");
        HoverTooltip.on(today, "Go to today (Home)");
        today.setOnAction(event -> model.goToToday());
        HBox box = new HBox(previous, today, next);
        box.getStyleClass().add("calendar-navigation");
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static Button iconButton(String id, org.kordamp.ikonli.Ikon icon, String tip) {
        Button button = new Button(null, new FontIcon(icon));
        button.setId(id);
        button.getStyleClass().add(Styles.BUTTON_ICON);
        HoverTooltip.on(button, tip);
        return button;
    }

    /** The legend, whose entries switch their kind on and off. */
    private HBox legend() {
        Label show = new Label("Show");
        show.getStyleClass().add(Styles.TEXT_MUTED);
        HBox bar = new HBox(show, new KindLegend<>("legend", CalendarItemKind.class, ItemLook::icon,
                model.shownKinds()));
        bar.getStyleClass().add("calendar-legend-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    /** The pickers by country, counterpart and trip, offering what the period shown holds. */
    private HBox pickers() {
        country.setId("calendar-country");
        country.setConverter(converter(code -> code == null || code.isEmpty() ? "All countries"
                : countryNames.getOrDefault(code, code)));
        country.valueProperty().addListener((p, was, now) -> model.country().set(now == null ? CalendarModel.ALL : now));
        counterpart.setId("calendar-counterpart");
        counterpart.setConverter(converter(p -> p == null ? "All counterparts" : p.fullName()));
        counterpart.valueProperty().addListener((p, was, now) -> model.counterpart().set(now));
        trip.setId("calendar-trip");
        trip.setConverter(converter(t -> t == null ? "All trips" : t.title()));
        trip.valueProperty().addListener((p, was, now) -> model.trip().set(now));
        for (ComboBox<?> box : java.util.List.of(country, counterpart, trip)) {
            box.getStyleClass().add("calendar-picker");
        }
        model.choosing().bind(country.showingProperty().or(counterpart.showingProperty())
                .or(trip.showingProperty()));
        Button export = new Button("Export .ics…", new FontIcon(org.kordamp.ikonli.material2.Material2MZ.SAVE_ALT));
        export.setId("calendar-export");
        HoverTooltip.on(export, "Save the entries shown, with these filters, as an iCalendar file for "
                + "Thunderbird or Outlook");
        export.setOnAction(event -> onExport.run());
        exported.setId("calendar-exported");
        exported.getStyleClass().add(Styles.TEXT_MUTED);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(country, counterpart, trip, spacer, exported, export);
        bar.getStyleClass().add("calendar-filters");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("The pickers are not editable");
            }
        };
    }

    /** The pickers offer what the period holds; a choice that is no longer there is kept while it is chosen. */
    private void refreshChoices() {
        keepChoices(country, model.countryChoices().stream().toList(), CalendarModel.ALL);
        keepChoices(counterpart, model.counterpartChoices(), null);
        keepChoices(trip, model.tripChoices(), null);
    }

    private static <T> void keepChoices(ComboBox<T> box, java.util.List<T> choices, T all) {
        T chosen = box.getValue();
        java.util.List<T> items = new java.util.ArrayList<>();
        items.add(all);
        items.addAll(choices);
        if (chosen != null && !items.contains(chosen)) {
            items.add(chosen);
        }
        box.getItems().setAll(items);
        box.setValue(chosen);
    }

    private void onKey(KeyEvent event) {
        if (event.isControlDown() || event.isAltDown() || event.isMetaDown()
                || event.getTarget() instanceof javafx.scene.control.TextInputControl) {
            return;
        }
        KeyCode code = event.getCode();
        switch (code) {
            case PAGE_UP -> model.previous();
            case PAGE_DOWN -> model.next();
            case HOME -> model.goToToday();
            case M -> model.mode().set(CalendarMode.MONTH);
            case W -> model.mode().set(CalendarMode.WEEK);
            case D -> model.mode().set(CalendarMode.DAY);
            default -> {
                return;
            }
        }
        event.consume();
    }

    private String periodLabel() {
        LocalDate anchor = model.anchor().get();
        return switch (model.mode().get()) {
            case MONTH -> MONTH.format(anchor);
            case WEEK -> Dates.range(model.firstShown(), model.lastShown());
            case DAY -> Dates.weekday(anchor);
        };
    }

    private void render() {
        if (model.state().get() == LoadState.FAILED) {
            body.getChildren().setAll(StateMessage.failed("The calendar could not be loaded.", () -> onRetry.run()));
            return;
        }
        java.util.List<CalendarItem> items = java.util.List.copyOf(model.shown());
        Consumer<LocalDate> toDay = day -> {
            model.anchor().set(day);
            model.mode().set(CalendarMode.DAY);
        };
        showMarkers(items);
        LocalDate today = model.today().get();
        Node view = switch (model.mode().get()) {
            case MONTH -> new MonthGrid(model.firstShown(), model.anchor().get(), today, items, model::notLoaded,
                    this::open, toDay,
                    day -> onLogMeeting.accept(day, HourGrid.ALL_DAY_SLOT));
            case WEEK -> hours(new HourGrid("calendar-week", model.firstShown(), 7, today, items, this::open, toDay,
                    onLogMeeting));
            case DAY -> hours(new HourGrid("calendar-day", model.anchor().get(), 1, today, items, this::open, toDay,
                    onLogMeeting));
        };
        body.getChildren().setAll(view);
        if (model.state().get() == LoadState.LOADING) {
            Label loading = new Label("Loading…");
            loading.setId("calendar-loading");
            loading.getStyleClass().add("calendar-loading");
            StackPane.setAlignment(loading, Pos.TOP_RIGHT);
            body.getChildren().add(loading);
        }
    }

    /** The hour grid scrolled to the working day: 07:00 at the top. */
    private static ScrollPane hours(HourGrid grid) {
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("calendar-scroll");
        grid.heightProperty().addListener((property, was, now) -> {
            if (was.doubleValue() == 0 && now.doubleValue() > 0) {
                scroll.setVvalue(grid.workingDayTop(scroll.getViewportBounds().getHeight()));
            }
        });
        return scroll;
    }

    /**
     * Entries whose dates are known only to the month or the year (a visit proposed for "September 2027", a trip
     * the reports date to "May 2024"): a marker for the period, never a made-up day in the grid.
     */
    private void showMarkers(java.util.List<CalendarItem> items) {
        java.util.List<CalendarItem> approximate = items.stream().filter(CalendarItem::approximate).toList();
        markers.getChildren().clear();
        if (!approximate.isEmpty()) {
            Label heading = new Label("Known only to the month or year:");
            heading.getStyleClass().add(Styles.TEXT_MUTED);
            heading.setMinWidth(Region.USE_PREF_SIZE);
            markers.getChildren().add(heading);
            approximate.forEach(item -> markers.getChildren().add(new MonthMarker(item, this::open)));
        }
        markers.setVisible(!approximate.isEmpty());
        markers.setManaged(!approximate.isEmpty());
    }

    private void open(CalendarItem item) {
        onOpen.accept(item);
    }

    /** The model the controller loads into and listens to. */
    CalendarModel model() {
        return model;
    }

    void setCountryNames(Map<String, String> names) {
        this.countryNames = Map.copyOf(names);
        refreshChoices();
    }

    void setOnOpen(Consumer<CalendarItem> onOpen) {
        this.onOpen = onOpen;
    }

    void setOnRetry(Runnable onRetry) {
        this.onRetry = onRetry;
    }

    void setOnExport(Runnable onExport) {
        this.onExport = onExport;
    }

    /** Says where the last export went, or why there was nothing to export. */
    void showExported(String text) {
        exported.setText(text);
    }

    /** What double-clicking a free day or hour does: log a meeting at that date and time. */
    public void setOnLogMeeting(BiConsumer<LocalDate, LocalTime> onLogMeeting) {
        this.onLogMeeting = onLogMeeting;
    }
}
