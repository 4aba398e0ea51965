package org.protocoldesk.store.convert;

import java.time.ZoneId;
import org.jooq.impl.AbstractConverter;

/** An IANA zone kept as its id ('Asia/Dushanbe'). */
public final class ZoneIdConverter extends AbstractConverter<String, ZoneId> {
    private static final long serialVersionUID = 1L;

    public ZoneIdConverter() {
        super(String.class, ZoneId.class);
    }

    @Override
    public ZoneId from(String id) {
        return id == null ? null : ZoneId.of(id);
    }

    @Override
    public String to(ZoneId zone) {
        return zone == null ? null : zone.getId();
    }
}
