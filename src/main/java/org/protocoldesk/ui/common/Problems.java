package org.protocoldesk.ui.common;

import java.util.ArrayList;
import java.util.List;

/** A failure told in words: the messages of a problem and its causes, without repeats, no stack trace. */
public final class Problems {
    private Problems() {
    }

    public static String describe(Throwable problem) {
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
