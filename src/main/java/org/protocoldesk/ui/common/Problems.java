package org.protocoldesk.ui.common;

import java.util.ArrayList;
import java.util.List;
import org.protocoldesk.model.StorageFailedException;
import org.protocoldesk.model.StorageProblem;

/**
 * A failure told in words: the messages of a problem and its causes, without repeats, no stack trace. A write the
 * database could not store for a reason the user can act on (locked, disk full) is told as that reason alone.
 */
public final class Problems {
    private Problems() {
    }

    public static String describe(Throwable problem) {
        List<String> messages = new ArrayList<>();
        for (Throwable t = problem; t != null; t = t.getCause()) {
            if (t instanceof StorageFailedException storage) {
                return words(storage.problem());
            }
            String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
            if (messages.stream().noneMatch(known -> known.contains(message))) {
                messages.add(message);
            }
        }
        return String.join(": ", messages);
    }

    private static String words(StorageProblem problem) {
        return switch (problem) {
            case DATABASE_BUSY -> "another program (a second Protocol Desk, a backup) kept the database locked, "
                    + "and nothing was stored. Try again in a moment";
            case DISK_FULL -> "the disk is full, and nothing was stored. Free some space on it, then try again";
        };
    }
}
