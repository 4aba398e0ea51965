package org.protocoldesk.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.OptionalInt;
import java.util.Properties;

/**
 * One app per data folder: a lock on {@code protocol-desk.lock} held for as long as the database is open. The file
 * names the holder's process and, once the window listens, the loopback port where a second start may ask it to come
 * to the front. The operating system drops the lock when the holder dies, so a crash never leaves the folder locked.
 */
public final class InstanceLock implements AutoCloseable {
    public static final String FILE_NAME = "protocol-desk.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private InstanceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock of {@code dataDir}, which must exist; throws {@link AlreadyRunningException} if it is held. */
    public static InstanceLock acquire(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        try {
            PrivateFiles.createFile(file);
            FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                channel.close();
                throw new AlreadyRunningException(dataDir, holder(file, "pid"), holder(file, "port"));
            }
            InstanceLock acquired = new InstanceLock(channel, lock);
            acquired.describe("pid=" + ProcessHandle.current().pid() + "\n");
            return acquired;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot lock the data folder " + dataDir, e);
        }
    }

    /** Tells a second start where to ask this one to show its window. */
    public void announce(int port) {
        try {
            describe("pid=" + ProcessHandle.current().pid() + "\nport=" + port + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the lock file", e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot release the lock of the data folder", e);
        }
    }

    private void describe(String text) throws IOException {
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(false);
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException heldInThisProcess) {
            return null;
        }
    }

    private static OptionalInt holder(Path file, String key) {
        try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Properties properties = new Properties();
            properties.load(in);
            return OptionalInt.of(Integer.parseInt(properties.getProperty(key, "").strip()));
        } catch (IOException | NumberFormatException e) {
            return OptionalInt.empty();
        }
    }
}
