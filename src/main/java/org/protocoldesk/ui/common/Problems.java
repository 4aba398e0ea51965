package org.protocoldesk.ui.common;

import java.util.ArrayList;
import java.util.List;
import org.protocoldesk.model.WriteFailedException;

/**
 * A failure told in words: the messages of a problem and its causes, without repeats, no stack trace; a write the
 * machine could not take says why in plain words, never in SQL.
 */
public final class Problems {
    private Problems() {
    }

    public static String describe(Throwable problem) {
        for (Throwable t = problem; t != null; t = t.getCause()) {
            if (t instanceof WriteFailedException failed) {
                return EnumLabels.of(failed.failure());
            }
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
}
