package org.protocoldesk.ui.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.protocoldesk.model.CalendarItem;
import org.protocoldesk.ui.common.SearchText;

/**
 * A week (or a day) as an hour grid: a column per day, whole-day and several-day entries in a band on top, timed ones
 * in the row of their starting hour, at the local time of their place with its zone named. Double-clicking a free hour
 * (or the band of a day) asks to log a meeting then.
 */
final class HourGrid extends GridPane {
    static final LocalTime ALL_DAY_SLOT = LocalTime.of(9, 0);
    private static final DateTimeFormatter HEADING = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final int HOURS = 24;
    private static final int FIRST_HOUR_ROW = 2;

    HourGrid(String id, LocalDate first, int days, LocalDate today, List<CalendarItem> items,
             Consumer<CalendarItem> onOpen, Consumer<LocalDate> onDay, BiConsumer<LocalDate, LocalTime> onFreeSlot) {
        setId(id);
        getStyleClass().addAll("calendar-hours", days == 1 ? "one-day" : "several-days");
        ColumnConstraints hours = new ColumnConstraints();
        hours.setMinWidth(52);
        getColumnConstraints().add(hours);
        for (int hour = 0; hour < HOURS; hour++) {
            Label label = new Label(ItemLook.time(LocalTime.of(hour, 0)));
            label.getStyleClass().addAll("calendar-hour-label", "calendar-hour-label-" + String.format(Locale.ROOT,
                    "%02d", hour));
            add(label, 0, FIRST_HOUR_ROW + hour);
        }
        Label band = new Label("All day");
        band.getStyleClass().add("calendar-hour-label");
        add(band, 0, 1);
        for (int column = 0; column < days; column++) {
            LocalDate day = first.plusDays(column);
            ColumnConstraints constraints = new ColumnConstraints();
            constraints.setHgrow(Priority.ALWAYS);
            constraints.setPercentWidth(-1);
            constraints.setMinWidth(0);
            constraints.setPrefWidth(0); // every day as wide as the others, whatever the length of its entries
            getColumnConstraints().add(constraints);
            Hyperlink heading = new Hyperlink(HEADING.format(day));
            heading.getStyleClass().add("calendar-weekday");
            heading.setOnAction(event -> onDay.accept(day));
            add(heading, column + 1, 0);
            List<CalendarItem> ofDay = items.stream().filter(i -> i.covers(day) && !i.approximate())
                    .sorted(MonthGrid.DAY_ORDER).toList();
            VBox top = slot("day-" + day, day, ALL_DAY_SLOT, today, onFreeSlot);
            top.getStyleClass().add("calendar-all-day");
            ofDay.stream().filter(HourGrid::inBand)
                    .forEach(item -> top.getChildren().add(chip(item, day, days == 1, onOpen)));
            add(top, column + 1, 1);
            for (int hour = 0; hour < HOURS; hour++) {
                int h = hour;
                VBox cell = slot("slot-" + day + "T" + String.format(Locale.ROOT, "%02d", hour), day,
                        LocalTime.of(hour, 0), today, onFreeSlot);
                ofDay.stream().filter(item -> !inBand(item) && item.startTime().getHour() == h)
                        .forEach(item -> cell.getChildren().add(chip(item, day, days == 1, onOpen)));
                add(cell, column + 1, FIRST_HOUR_ROW + hour);
            }
        }
    }

    /** Where the scroll bar stands so that 07:00 is at the top of a viewport {@code viewport} high. */
    double workingDayTop(double viewport) {
        double scrollable = getHeight() - viewport;
        if (scrollable <= 0) {
            return 0;
        }
        Node seven = lookup("#" + getId() + " .calendar-hour-label-07");
        return seven == null ? 0 : Math.min(1, seven.getBoundsInParent().getMinY() / scrollable);
    }

    /** Whole-day entries, and timed ones over several days (they run past midnight): in the band on top. */
    private static boolean inBand(CalendarItem item) {
        return item.allDay() || !item.startDate().equals(item.endDate());
    }

    private static VBox slot(String id, LocalDate day, LocalTime time, LocalDate today,
                             BiConsumer<LocalDate, LocalTime> onFreeSlot) {
        VBox slot = new VBox();
        slot.setId(id);
        slot.getStyleClass().add("calendar-slot");
        if (day.equals(today)) {
            slot.getStyleClass().add("today");
        }
        slot.addEventHandler(MouseEvent.MOUSE_CLICKED, event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                event.consume();
                onFreeSlot.accept(day, time);
            }
        });
        return slot;
    }

    private static ItemChip chip(CalendarItem item, LocalDate day, boolean detailed, Consumer<CalendarItem> onOpen) {
        ItemChip chip = new ItemChip(item, day, onOpen);
        String zone = item.allDay() ? null : ItemLook.zone(item.zone());
        String more = detailed ? SearchText.joined(" · ", zone, item.place(), String.join(", ", item.people()))
                : zone;
        if (more != null && !more.isBlank() && !chip.getText().isBlank()) {
            chip.setText(chip.getText() + "\n" + more);
        }
        return chip;
    }
}
