package org.protocoldesk.store.convert;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import org.jooq.impl.AbstractConverter;

/** Local times are TEXT 'HH:MM' (minute precision), as the columns' CHECKs require. */
public final class HourMinuteConverter extends AbstractConverter<String, LocalTime> {
    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    public HourMinuteConverter() {
        super(String.class, LocalTime.class);
    }

    @Override
    public LocalTime from(String text) {
        return text == null ? null : LocalTime.parse(text, HH_MM);
    }

    @Override
    public String to(LocalTime time) {
        return time == null ? null : time.format(HH_MM);
    }
}
