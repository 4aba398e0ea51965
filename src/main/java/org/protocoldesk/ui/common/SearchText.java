package org.protocoldesk.ui.common;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/** Texts made of the parts of a row that are known: what a filter looks in, or a cell such as "Dushanbe, Tajikistan". */
public final class SearchText {
    private SearchText() {
    }

    /** The known parts, joined by spaces: what a list filter looks in. */
    public static String of(String... parts) {
        return joined(" ", parts);
    }

    /** The known, non-blank parts, joined by {@code separator}. */
    public static String joined(String separator, String... parts) {
        return Arrays.stream(parts).filter(Objects::nonNull).filter(part -> !part.isBlank())
                .collect(Collectors.joining(separator));
    }
}
