package org.protocoldesk.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.protocoldesk.model.TripSummary;
import org.protocoldesk.service.TripService;

/** The checks every export makes of its arguments before any work: a writable target, a trip named once. */
final class ExportArguments {
    private ExportArguments() {
    }

    /** The target as an absolute path, refused when its folder is missing or read-only or it is a folder. */
    static Path writableTarget(Path out) {
        Path target = out.toAbsolutePath();
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder) || !Files.isWritable(folder) || Files.isDirectory(target)) {
            throw new Refusal("cannot write " + out + ": " + (Files.isDirectory(target) ? "it is a folder"
                    : "its folder does not exist or is not writable"));
        }
        return target;
    }

    /** The id of the one trip whose id or exact title is {@code trip}. */
    static long tripId(TripService trips, String trip) {
        List<TripSummary> named = trips.named(trip);
        if (named.isEmpty()) {
            throw new Refusal("no trip with the id or exact title '" + trip + "'");
        }
        if (named.size() > 1) {
            throw new Refusal("several trips are titled '" + trip + "': give the id");
        }
        return named.get(0).id();
    }

    /** A request that cannot be done as asked: said in one line, exit 2, nothing written. */
    static final class Refusal extends RuntimeException {
        Refusal(String message) {
            super(message);
        }
    }
}
