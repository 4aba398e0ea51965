package org.protocoldesk.ui.calendar;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.transformation.FilteredList;
import org.protocoldesk.model.CalendarItem;
import org.protocoldesk.model.CalendarItemKind;
import org.protocoldesk.model.CalendarOverview;
import org.protocoldesk.model.PersonRef;
import org.protocoldesk.ui.common.LoadState;

/**
 * What the calendar shows: a period (mode and a day in it), the items loaded for it, and the filters over them.
 * The filters' choices come from the items of the period, so no picker ever reads a whole table. FX thread only.
 */
final class CalendarModel {
    /** The choice that filters nothing out. */
    static final String ALL = "";

    private final ObjectProperty<CalendarMode> mode = new SimpleObjectProperty<>(this, "mode", CalendarMode.MONTH);
    private final ObjectProperty<LocalDate> anchor = new SimpleObjectProperty<>(this, "anchor");
    private final ObjectProperty<LocalDate> today = new SimpleObjectProperty<>(this, "today");
    private final ReadOnlyObjectWrapper<LoadState> state = new ReadOnlyObjectWrapper<>(this, "state", LoadState.LOADING);
    private final ObservableSet<CalendarItemKind> shownKinds =
            FXCollections.observableSet(EnumSet.allOf(CalendarItemKind.class));
    private final ObjectProperty<String> country = new SimpleObjectProperty<>(this, "country", ALL);
    private final ObjectProperty<PersonRef> counterpart = new SimpleObjectProperty<>(this, "counterpart");
    private final ObjectProperty<CalendarItem> trip = new SimpleObjectProperty<>(this, "trip");
    private final ObservableList<CalendarItem> loaded = FXCollections.observableArrayList();
    private final FilteredList<CalendarItem> shown = new FilteredList<>(loaded);
    private final BooleanProperty choosing = new SimpleBooleanProperty(this, "choosing");
    private CalendarOverview overview = CalendarOverview.complete(List.of());

    private final LocalDate opening;

    CalendarModel(LocalDate today) {
        this.opening = today;
        this.today.set(today);
        this.anchor.set(today);
        shown.predicateProperty().bind(Bindings.createObjectBinding(this::filter, shownKinds, country, counterpart,
                trip));
    }

    /** The filters as they are now, as a test of an item. */
    Predicate<CalendarItem> filter() {
        Set<CalendarItemKind> kinds = EnumSet.noneOf(CalendarItemKind.class);
        kinds.addAll(shownKinds);
        String countryCode = country.get();
        PersonRef person = counterpart.get();
        CalendarItem tripItem = trip.get();
        return item -> kinds.contains(item.kind())
                && (countryCode == null || countryCode.equals(ALL) || countryCode.equals(item.countryCode()))
                && (person == null || item.concerns(person.id()))
                && (tripItem == null || item.tripIds().contains(tripItem.recordId()));
    }

    ObjectProperty<CalendarMode> mode() {
        return mode;
    }

    ObjectProperty<LocalDate> anchor() {
        return anchor;
    }

    ObjectProperty<LocalDate> today() {
        return today;
    }

    ReadOnlyObjectProperty<LoadState> state() {
        return state.getReadOnlyProperty();
    }

    ObservableSet<CalendarItemKind> shownKinds() {
        return shownKinds;
    }

    ObjectProperty<String> country() {
        return country;
    }

    ObjectProperty<PersonRef> counterpart() {
        return counterpart;
    }

    ObjectProperty<CalendarItem> trip() {
        return trip;
    }

    /** Whether one of the pickers by country, counterpart or trip is open. */
    BooleanProperty choosing() {
        return choosing;
    }

    /**
     * Whether the period must be loaded whole rather than as a month view's overview: a week and a day list every
     * entry, and a filter by country, counterpart or trip (or a picker offering them) needs every entry to choose from.
     */
    boolean wantsEverything() {
        return mode.get() != CalendarMode.MONTH || !ALL.equals(country.get()) || counterpart.get() != null
                || trip.get() != null || choosing.get();
    }

    /** How many entries of the kinds shown fall on {@code day} beyond those loaded. */
    int notLoaded(LocalDate day) {
        return overview.notRead(day, shownKinds);
    }

    /** The items of the period that pass the filters. */
    ObservableList<CalendarItem> shown() {
        return shown;
    }

    /** All items of the period, before filtering. */
    ObservableList<CalendarItem> loaded() {
        return loaded;
    }

    LocalDate firstShown() {
        return mode.get().firstShown(anchor.get());
    }

    LocalDate lastShown() {
        return mode.get().lastShown(anchor.get());
    }

    void next() {
        anchor.set(mode.get().next(anchor.get()));
    }

    void previous() {
        anchor.set(mode.get().previous(anchor.get()));
    }

    void goToToday() {
        anchor.set(today.get());
    }

    /** Whether the period is still the one the view opened on: nobody has moved it yet. */
    boolean unmoved() {
        return anchor.get().equals(opening);
    }

    /** The period is on its way: what is shown stays until its items arrive. */
    void loading() {
        state.set(LoadState.LOADING);
    }

    void show(CalendarOverview period) {
        overview = period;
        loaded.setAll(period.items());
        state.set(LoadState.LOADED);
    }

    void failed() {
        state.set(LoadState.FAILED);
    }

    /** The counterparts concerned by the period's items, by name, for the counterpart filter. */
    List<PersonRef> counterpartChoices() {
        return loaded.stream().flatMap(i -> i.counterparts().stream()).distinct()
                .sorted(Comparator.comparing(PersonRef::fullName)).toList();
    }

    /** The countries of the period's items, for the country filter. */
    List<String> countryChoices() {
        return loaded.stream().map(CalendarItem::countryCode).filter(Objects::nonNull).distinct().sorted().toList();
    }

    List<CalendarItem> tripChoices() {
        return loaded.stream().filter(i -> i.kind() == CalendarItemKind.TRIP).toList();
    }
}
