package org.protocoldesk.ui.common;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import org.protocoldesk.model.ApproximateDate;
import org.protocoldesk.model.SortKey;

/**
 * Table columns that read a value from a row, show it the way the office writes it and sort by what it means.
 * Text columns share the width left over and show their full text in a tooltip when it is cut; dates, labels and
 * numbers keep the width they are given.
 */
public final class Columns {
    private static final Comparator<String> BY_SORT_KEY = Comparator.comparing(SortKey::of);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final Comparator<LocalDate> BY_DATE = Comparator.nullsLast(Comparator.naturalOrder());
    /** How near a deadline counts as due soon: within a week from today, today included. */
    public static final int DUE_SOON_DAYS = 7;

    private Columns() {
    }

    /** A column the user can show from the table's column menu; hidden at first to leave room for the others. */
    public static <C extends TableColumn<?, ?>> C hidden(C column) {
        column.setVisible(false);
        return column;
    }

    /** Text sorted accent- and case-insensitively, as names are in the store. */
    public static <T> TableColumn<T, String> text(String title, double width, Function<? super T, String> value) {
        TableColumn<T, String> column = column(title, width, row -> Objects.requireNonNullElse(value.apply(row), ""));
        column.setComparator(BY_SORT_KEY);
        column.setMinWidth(Math.min(width, 80));
        column.setCellFactory(c -> new TextCell<>());
        return column;
    }

    /** A day written as "14 May 2024"; unknown days sort last. */
    public static <T> TableColumn<T, LocalDate> date(String title, double width, Function<? super T, LocalDate> value) {
        TableColumn<T, LocalDate> column = column(title, width, value);
        column.setComparator(BY_DATE);
        column.setCellFactory(c -> new FormattedCell<>(Dates::day));
        return column;
    }

    /** A day and, where known, the local time: "16 May 2024, 10:00"; sorted by both. */
    public static <T> TableColumn<T, T> dateAndTime(String title, double width, Function<? super T, LocalDate> date,
                                                    Function<? super T, LocalTime> time) {
        TableColumn<T, T> column = column(title, width, row -> row);
        column.setComparator(Comparator.<T, LocalDate>comparing(date, BY_DATE)
                .thenComparing(time, Comparator.nullsFirst(Comparator.naturalOrder())));
        column.setCellFactory(c -> new FormattedCell<>(row -> SearchText.joined(", ", Dates.day(date.apply(row)),
                time.apply(row) == null ? null : TIME.format(time.apply(row)))));
        return column;
    }

    /**
     * A date by which something must happen, marked overdue (pseudo-class {@code overdue}, a warning icon) while the
     * row is still open and the day has passed, and due soon (pseudo-class {@code due-soon}, a clock) while it is
     * open and the day comes within {@value #DUE_SOON_DAYS} days; "No deadline" (pseudo-class {@code none}) when
     * there is none. The row carries the same pseudo-classes, so that the whole line can be marked.
     */
    public static <T> TableColumn<T, T> deadline(String title, double width, Function<? super T, LocalDate> date,
                                                 Predicate<? super T> stillOpen, ObservableValue<LocalDate> today) {
        TableColumn<T, T> column = column(title, width, row -> row);
        column.setComparator(Comparator.comparing(date, BY_DATE));
        column.setCellFactory(c -> new DeadlineCell<>(date, stillOpen, today));
        return column;
    }

    /** A span known as far as it is ("14–16 May 2024", "Sep 2024", "Jan – Jun 2026"), sorted by its first day. */
    public static <T> TableColumn<T, T> approximateRange(String title, double width,
                                                         Function<? super T, ApproximateDate> start,
                                                         Function<? super T, ApproximateDate> end) {
        TableColumn<T, T> column = column(title, width, row -> row);
        column.setComparator(Comparator.comparing(row -> start.apply(row) == null ? null : start.apply(row).date(),
                BY_DATE));
        column.setCellFactory(c -> new FormattedCell<>(row -> ApproximateDates.range(start.apply(row), end.apply(row))));
        return column;
    }

    /** An enum constant shown by its label, sorted in the order the enum declares. */
    public static <T, E extends Enum<E>> TableColumn<T, E> label(String title, double width, Function<? super T, E> value) {
        TableColumn<T, E> column = column(title, width, value);
        column.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        column.setCellFactory(c -> new FormattedCell<>(EnumLabels::of));
        return column;
    }

    /** A count, right-aligned. */
    public static <T> TableColumn<T, Integer> number(String title, double width, Function<? super T, Integer> value) {
        TableColumn<T, Integer> column = column(title, width, value);
        column.setCellFactory(c -> new FormattedCell<>(String::valueOf));
        column.getStyleClass().add("number-column");
        return column;
    }

    private static <T, V> TableColumn<T, V> column(String title, double width, Function<? super T, V> value) {
        TableColumn<T, V> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setMinWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }

    /** Text that says all of itself in a tooltip, for when the column is too narrow. */
    static final class TextCell<T> extends TableCell<T, String> {
        private final HoverTooltip whole = HoverTooltip.on(this, null);

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            boolean blank = empty || text == null || text.isEmpty();
            setText(blank ? null : text);
            whole.setText(blank ? null : text);
        }
    }

    /** A deadline, marked when it has passed while its row is still open. */
    static final class DeadlineCell<T> extends TableCell<T, T> {
        private static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");
        private static final PseudoClass NONE = PseudoClass.getPseudoClass("none");
        private static final PseudoClass DUE_SOON = PseudoClass.getPseudoClass("due-soon");
        private final Function<? super T, LocalDate> date;
        private final Predicate<? super T> stillOpen;
        private final ObservableValue<LocalDate> today;
        private final HoverTooltip hint = HoverTooltip.on(this, null);

        DeadlineCell(Function<? super T, LocalDate> date, Predicate<? super T> stillOpen, ObservableValue<LocalDate> today) {
            this.date = date;
            this.stillOpen = stillOpen;
            this.today = today;
            getStyleClass().add("deadline-cell");
        }

        @Override
        protected void updateItem(T row, boolean empty) {
            super.updateItem(row, empty);
            LocalDate day = empty || row == null ? null : date.apply(row);
            LocalDate now = today.getValue();
            boolean open = day != null && now != null && stillOpen.test(row);
            boolean overdue = open && day.isBefore(now);
            boolean dueSoon = open && !overdue && !day.isAfter(now.plusDays(DUE_SOON_DAYS));
            setText(empty || row == null ? null : day == null ? "No deadline" : Dates.day(day));
            setGraphic(overdue ? new FontIcon(Material2OutlinedMZ.WARNING)
                    : dueSoon ? new FontIcon(Material2OutlinedMZ.SCHEDULE) : null);
            hint.setText(overdue ? "Overdue: the date has passed"
                    : dueSoon ? "Due within " + DUE_SOON_DAYS + " days" : null);
            pseudoClassStateChanged(OVERDUE, overdue);
            pseudoClassStateChanged(DUE_SOON, dueSoon);
            pseudoClassStateChanged(NONE, !empty && row != null && day == null);
            if (getTableRow() != null) {
                getTableRow().pseudoClassStateChanged(OVERDUE, overdue);
                getTableRow().pseudoClassStateChanged(DUE_SOON, dueSoon);
            }
        }
    }

    /** A cell that shows its value through a formatter, and nothing when empty or null. */
    static final class FormattedCell<T, V> extends TableCell<T, V> {
        private final Function<? super V, String> format;

        FormattedCell(Function<? super V, String> format) {
            this.format = format;
        }

        @Override
        protected void updateItem(V item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : format.apply(item));
        }
    }
}
