package org.protocoldesk.ui.calendar;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import org.kordamp.ikonli.javafx.FontIcon;
import org.protocoldesk.model.CalendarItem;
import org.protocoldesk.model.DatePrecision;
import org.protocoldesk.ui.common.HoverTooltip;

/**
 * An entry known only to the month or the year: "September 2027 · Proposed: Official visit", the period first as a
 * long title is cut at its end; a click opens it.
 */
final class MonthMarker extends Label {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    MonthMarker(CalendarItem item, Consumer<CalendarItem> onOpen) {
        super((item.precision() == DatePrecision.YEAR ? Integer.toString(item.startDate().getYear())
                : MONTH.format(item.startDate())) + " · " + ItemLook.title(item),
                new FontIcon(ItemLook.icon(item.kind())));
        getStyleClass().addAll("calendar-item", "calendar-month-marker", ItemLook.styleClass(item.kind()));
        setUserData(item);
        HoverTooltip.on(this, ItemLook.details(item));
        setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY) {
                onOpen.accept(item);
            }
        });
    }
}
