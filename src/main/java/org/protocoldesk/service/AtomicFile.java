package org.protocoldesk.service;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * A file written whole or not at all: the bytes go to a hidden temporary file beside the target, are forced to
 * disk, and only {@link #commit()} moves them onto the target's name. {@link #close()} without a commit deletes
 * the temporary file, so a failure or a cancel never leaves a partial file behind.
 */
final class AtomicFile implements AutoCloseable {
    private final Path target;
    private final Path temporary;
    private boolean committed;

    private AtomicFile(Path target, Path temporary) {
        this.target = target;
        this.temporary = temporary;
    }

    /** Writes the bytes beside {@code target}; fails (writing nothing) if its folder does not exist or is read-only. */
    static AtomicFile write(Path target, byte[] bytes) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Path temporary = Files.createTempFile(folder, "." + target.getFileName(), ".part");
        AtomicFile file = new AtomicFile(target, temporary);
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            channel.write(java.nio.ByteBuffer.wrap(bytes));
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            file.close();
            throw e;
        }
        return file;
    }

    void commit() throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
    }

    @Override
    public void close() throws IOException {
        if (!committed) {
            Files.deleteIfExists(temporary);
        }
    }
}
