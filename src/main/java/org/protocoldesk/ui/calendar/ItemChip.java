package org.protocoldesk.ui.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.protocoldesk.model.CalendarItem;
import org.protocoldesk.ui.common.HoverTooltip;

/** One entry on one day of the month or week grid; an entry over several days is a bar of chips joined up. */
final class ItemChip extends Label {

    ItemChip(CalendarItem item, LocalDate day, Consumer<CalendarItem> onOpen) {
        getStyleClass().addAll("calendar-item", ItemLook.styleClass(item.kind()));
        setUserData(item);
        boolean spans = !item.startDate().equals(item.endDate());
        boolean starts = day.equals(item.startDate());
        if (spans) {
            getStyleClass().add(starts ? "span-start" : day.equals(item.endDate()) ? "span-end" : "span-middle");
        }
        // A bar names itself where it starts and again at the start of each week row.
        if (!spans || starts || day.getDayOfWeek() == DayOfWeek.MONDAY) {
            String time = ItemLook.time(item);
            setText(time.isEmpty() || !starts ? ItemLook.title(item)
                    : ItemLook.time(item.startTime()) + "  " + ItemLook.title(item));
            setGraphic(new FontIcon(ItemLook.icon(item.kind())));
        } else {
            setText(" ");
        }
        setMaxWidth(Double.MAX_VALUE);
        // Made on the first hover: a month shows up to 168 chips, and each tooltip is a popup window of its own.
        HoverTooltip.on(this, ItemLook.details(item), Duration.millis(300));
        setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY) {
                event.consume();
                onOpen.accept(item);
            }
        });
    }
}
