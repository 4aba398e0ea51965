package org.protocoldesk.store.convert;

import java.util.Locale;
import org.jooq.impl.EnumConverter;

/**
 * Maps an enum-like TEXT column to its Java enum: {@code UNDER_WAY} is stored as {@code under_way}, as the column's
 * CHECK lists it. Named in the {@code forcedType}s of the jOOQ code generation (pom.xml).
 */
public final class LowerCaseEnumConverter<E extends Enum<E>> extends EnumConverter<String, E> {
    private static final long serialVersionUID = 1L;

    private LowerCaseEnumConverter(Class<E> type) {
        super(String.class, type, LowerCaseEnumConverter::dbValue);
    }

    public static <E extends Enum<E>> LowerCaseEnumConverter<E> of(Class<E> type) {
        return new LowerCaseEnumConverter<>(type);
    }

    /** The text the database holds for {@code value}. */
    public static String dbValue(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
