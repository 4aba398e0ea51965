package org.protocoldesk.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.protocoldesk.model.WriteFailedException;

/**
 * A failure told in words: the messages of a problem and its causes, without repeats, no stack trace; a write the
 * machine could not take says why in plain words, never in SQL.
 */
public final class Problems {
    private Problems() {
    }

    public static String describe(Throwable problem) {
        Optional<WriteFailedException> notWritten = cause(problem, WriteFailedException.class);
        if (notWritten.isPresent()) {
            return EnumLabels.of(notWritten.get().failure());
        }
        List<String> messages = new ArrayList<>();
        for (Throwable t = problem; t != null; t = t.getCause()) {
            String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
            if (messages.stream().noneMatch(known -> known.contains(message))) {
                messages.add(message);
            }
        }
        return String.join(": ", messages);
    }

    /** The first of {@code problem} and its causes that is a {@code type}. */
    public static <E extends Throwable> Optional<E> cause(Throwable problem, Class<E> type) {
        for (Throwable t = problem; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }
}
