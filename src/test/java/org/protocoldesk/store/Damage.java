package org.protocoldesk.store;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.Arrays;

/** Damages a closed database file as a bad sector or a torn write would. */
public final class Damage {
    private Damage() {
    }

    /** Overwrites one page in the middle of the file (not the first, which would make it no database at all). */
    public static void overwriteAPage(Path file) throws IOException {
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            int pageSize = 4096;
            long pages = raw.length() / pageSize;
            byte[] garbage = new byte[pageSize];
            Arrays.fill(garbage, (byte) 0x5A);
            raw.seek(Math.max(1, pages / 2) * pageSize);
            raw.write(garbage);
        }
    }
}
