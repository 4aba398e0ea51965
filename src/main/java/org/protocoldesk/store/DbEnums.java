package org.protocoldesk.store;

import java.util.Locale;

/** Enum constants are stored as their lower-case names ({@code UNDER_WAY} as {@code under_way}), as the CHECKs expect. */
final class DbEnums {
    private DbEnums() {
    }

    static String toDb(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }

    static <E extends Enum<E>> E fromDb(Class<E> type, String value) {
        return value == null ? null : Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    }
}
