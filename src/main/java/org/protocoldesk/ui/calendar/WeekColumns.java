package org.protocoldesk.ui.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.control.Hyperlink;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import org.protocoldesk.model.CalendarItem;

/** A week from Monday: a column per day with its bars and whole-day entries on top, then its timed ones. */
final class WeekColumns extends GridPane {
    private static final DateTimeFormatter HEADING = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    WeekColumns(LocalDate first, LocalDate today, List<CalendarItem> items, Consumer<CalendarItem> onOpen,
                Consumer<LocalDate> onDay) {
        setId("calendar-week");
        getStyleClass().add("calendar-week");
        RowConstraints headings = new RowConstraints();
        RowConstraints body = new RowConstraints();
        body.setVgrow(Priority.ALWAYS);
        getRowConstraints().addAll(headings, body);
        for (int column = 0; column < 7; column++) {
            LocalDate day = first.plusDays(column);
            ColumnConstraints constraints = new ColumnConstraints();
            constraints.setPercentWidth(100.0 / 7);
            getColumnConstraints().add(constraints);
            Hyperlink heading = new Hyperlink(HEADING.format(day));
            heading.getStyleClass().add("calendar-weekday");
            heading.setOnAction(event -> onDay.accept(day));
            add(heading, column, 0);
            VBox entries = new VBox();
            entries.setId("day-" + day);
            entries.getStyleClass().add("calendar-week-day");
            if (day.equals(today)) {
                entries.getStyleClass().add("today");
            }
            items.stream().filter(i -> i.covers(day)).sorted(MonthGrid.DAY_ORDER)
                    .forEach(item -> entries.getChildren().add(chip(item, day, onOpen)));
            add(entries, column, 1);
        }
    }

    private static ItemChip chip(CalendarItem item, LocalDate day, Consumer<CalendarItem> onOpen) {
        ItemChip chip = new ItemChip(item, day, onOpen);
        chip.setWrapText(true);
        return chip;
    }
}
