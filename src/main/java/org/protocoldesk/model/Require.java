package org.protocoldesk.model;

import java.time.LocalDate;
import java.util.List;

/** The checks that the records' constructors share. */
final class Require {
    private Require() {
    }

    static String nonBlank(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidRecordException(field, "is required");
        }
        return value;
    }

    static <T> T present(T value, String field) {
        if (value == null) {
            throw new InvalidRecordException(field, "is required");
        }
        return value;
    }

    static void ordered(LocalDate from, LocalDate to, String field) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidRecordException(field, "ends (" + to + ") before it starts (" + from + ")");
        }
    }

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
