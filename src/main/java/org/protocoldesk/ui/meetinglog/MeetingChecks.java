package org.protocoldesk.ui.meetinglog;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import javafx.beans.value.ObservableValue;
import org.protocoldesk.ui.form.Checks;

/** The checks of the Log meeting form that other forms do not need: a time, a zone, a day not before another. */
final class MeetingChecks {
    static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("H:mm");

    private MeetingChecks() {
    }

    static Optional<LocalTime> time(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalTime.parse(text.strip(), HH_MM));
        } catch (DateTimeParseException notATime) {
            return Optional.empty();
        }
    }

    static String timeText(String text) {
        return text == null || text.isBlank() || time(text).isPresent() ? null : "Not a time: write it like 10:30.";
    }

    static Optional<ZoneId> zone(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(text.strip()));
        } catch (RuntimeException notAZone) {
            return Optional.empty();
        }
    }

    static String zoneText(String text) {
        return text == null || text.isBlank() || zone(text).isPresent()
                ? null : "Not a time zone: write it like Asia/Dushanbe.";
    }

    /** A time means nothing without the zone of the place. */
    static String zoneForTime(ObservableValue<String> time, String zoneText) {
        return time(time.getValue()).isPresent() && (zoneText == null || zoneText.isBlank())
                ? "A time needs the zone of the place." : null;
    }

    /** A day that may not come before {@code reference} (both typed as text). */
    static String notBefore(ObservableValue<String> reference, String text, String what) {
        return Checks.parse(text).flatMap(day -> Checks.parse(reference.getValue())
                        .filter(day::isBefore).map(ref -> what + " (" + Checks.format(ref) + ")."))
                .orElse(null);
    }

    static <T> String atLeastOne(List<T> values) {
        return values == null || values.isEmpty() ? "At least one counterpart." : null;
    }
}
