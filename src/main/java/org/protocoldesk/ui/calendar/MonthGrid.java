package org.protocoldesk.ui.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import org.protocoldesk.model.CalendarItem;
import org.protocoldesk.service.CalendarService;

/**
 * Six weeks around a month: each day with its entries, bars first, then whole-day ones, then by time. Entries known
 * only to the month are not on any day (the view shows them as markers). Double-clicking a day's free space asks to
 * log a meeting on it.
 */
final class MonthGrid extends GridPane {
    static final int CHIPS_PER_DAY = CalendarService.MONTH_CELL_ENTRIES;
    static final Comparator<CalendarItem> DAY_ORDER = Comparator
            .comparing((CalendarItem i) -> i.startDate().equals(i.endDate()))
            .thenComparing(CalendarItem::startDate)
            .thenComparing(CalendarItem::startTime, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(CalendarItem::kind)
            .thenComparing(CalendarItem::recordId);

    /** {@code notLoaded}: how many entries of a day are shown neither among {@code items} nor filtered out. */
    MonthGrid(LocalDate first, LocalDate anchor, LocalDate today, List<CalendarItem> items,
              ToIntFunction<LocalDate> notLoaded, Consumer<CalendarItem> onOpen, Consumer<LocalDate> onDay,
              Consumer<LocalDate> onFreeDay) {
        setId("calendar-month");
        getStyleClass().add("calendar-month");
        for (int column = 0; column < 7; column++) {
            ColumnConstraints constraints = new ColumnConstraints();
            constraints.setPercentWidth(100.0 / 7);
            getColumnConstraints().add(constraints);
            Label weekday = new Label(DayOfWeek.of(column + 1).getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
            weekday.getStyleClass().add("calendar-weekday");
            add(weekday, column, 0);
        }
        getRowConstraints().add(new RowConstraints());
        for (int row = 0; row < 6; row++) {
            RowConstraints constraints = new RowConstraints();
            constraints.setVgrow(Priority.ALWAYS);
            constraints.setPercentHeight(-1);
            getRowConstraints().add(constraints);
            for (int column = 0; column < 7; column++) {
                LocalDate day = first.plusDays(row * 7L + column);
                add(dayCell(day, day.getMonth() == anchor.getMonth(), day.equals(today), items,
                        notLoaded.applyAsInt(day), onOpen, onDay, onFreeDay), column, row + 1);
            }
        }
    }

    private static VBox dayCell(LocalDate day, boolean inMonth, boolean isToday, List<CalendarItem> items,
                                int notLoaded, Consumer<CalendarItem> onOpen, Consumer<LocalDate> onDay,
                                Consumer<LocalDate> onFreeDay) {
        VBox cell = new VBox();
        // Entries and links consume their own clicks: a double click that reaches the cell fell on free space.
        cell.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                onFreeDay.accept(day);
            }
        });
        cell.getStyleClass().add("calendar-day");
        cell.setId("day-" + day);
        if (!inMonth) {
            cell.getStyleClass().add("other-month");
        }
        if (isToday) {
            cell.getStyleClass().add("today");
        }
        Hyperlink number = new Hyperlink(Integer.toString(day.getDayOfMonth()));
        number.getStyleClass().add("calendar-day-number");
        number.setOnAction(event -> onDay.accept(day));
        cell.getChildren().add(number);
        List<CalendarItem> ofDay = items.stream().filter(i -> i.covers(day) && !i.approximate()).sorted(DAY_ORDER)
                .toList();
        ofDay.stream().limit(CHIPS_PER_DAY).forEach(item -> cell.getChildren().add(new ItemChip(item, day, onOpen)));
        int more = ofDay.size() + notLoaded - CHIPS_PER_DAY;
        if (more > 0) {
            Hyperlink link = new Hyperlink("+" + more + " more");
            link.getStyleClass().add("calendar-more");
            link.setOnAction(event -> onDay.accept(day));
            cell.getChildren().add(link);
        }
        return cell;
    }
}
