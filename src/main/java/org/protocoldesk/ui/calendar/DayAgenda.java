package org.protocoldesk.ui.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.protocoldesk.model.CalendarItem;
import org.protocoldesk.ui.common.Dates;
import org.protocoldesk.ui.common.SearchText;

/** One day as an agenda: each entry with its time in the zone of its place, what it is, where and with whom. */
final class DayAgenda extends VBox {

    DayAgenda(LocalDate day, List<CalendarItem> items, Consumer<CalendarItem> onOpen) {
        setId("calendar-day-agenda");
        getStyleClass().add("calendar-agenda");
        List<CalendarItem> ofDay = items.stream().filter(i -> i.covers(day)).sorted(MonthGrid.DAY_ORDER).toList();
        if (ofDay.isEmpty()) {
            Label none = new Label("Nothing on " + Dates.weekday(day));
            none.getStyleClass().add("calendar-agenda-empty");
            getChildren().add(none);
        }
        ofDay.forEach(item -> getChildren().add(row(item, onOpen)));
    }

    private static HBox row(CalendarItem item, Consumer<CalendarItem> onOpen) {
        Label time = new Label(item.allDay() ? (item.startDate().equals(item.endDate()) ? "All day"
                : Dates.range(item.startDate(), item.endDate())) : ItemLook.time(item));
        time.getStyleClass().add("calendar-agenda-time");
        Label zone = new Label(ItemLook.zone(item.zone()));
        zone.getStyleClass().add("calendar-agenda-zone");
        VBox when = new VBox(time, zone);
        when.getStyleClass().add("calendar-agenda-when");

        Label title = new Label(ItemLook.title(item), new FontIcon(ItemLook.icon(item.kind())));
        title.getStyleClass().addAll("calendar-item", ItemLook.styleClass(item.kind()));
        title.setUserData(item);
        title.setOnMouseClicked(event -> onOpen.accept(item));
        Label detail = new Label(SearchText.joined(" · ", ItemLook.label(item.kind()), item.place(),
                String.join(", ", item.people()),
                item.topics().isEmpty() ? null : String.join(", ", item.topics())));
        detail.getStyleClass().add("calendar-agenda-detail");
        detail.setWrapText(true);
        VBox what = new VBox(title, detail);
        what.getStyleClass().add("calendar-agenda-what");
        HBox.setHgrow(what, Priority.ALWAYS);

        HBox row = new HBox(when, what);
        row.getStyleClass().add("calendar-agenda-row");
        row.setAlignment(Pos.TOP_LEFT);
        return row;
    }
}
