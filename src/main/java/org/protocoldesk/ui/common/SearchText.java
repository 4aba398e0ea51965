package org.protocoldesk.ui.common;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/** The text a list filter looks in: the parts of a row that are known, joined. */
public final class SearchText {
    private SearchText() {
    }

    public static String of(String... parts) {
        return Arrays.stream(parts).filter(Objects::nonNull).collect(Collectors.joining(" "));
    }
}
