package org.protocoldesk.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** A real file system of a few kilobytes or megabytes (a tmpfs, so root only) that a test can fill to the last byte. */
public final class SmallDisk implements AutoCloseable {
    private final Path root;

    private SmallDisk(Path root) {
        this.root = root;
    }

    /** Mounts a tmpfs of {@code size} ("16k", "8m") on a new folder {@code root}. */
    public static SmallDisk mount(Path root, String size) throws IOException, InterruptedException {
        Files.createDirectory(root);
        Modes.run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", root.toString());
        return new SmallDisk(root);
    }

    public Path root() {
        return root;
    }

    /** Writes a filler file until the disk refuses another byte. */
    public void fill() {
        try (OutputStream out = Files.newOutputStream(filler())) {
            while (true) {
                out.write(new byte[1024]);
                out.flush();
            }
        } catch (IOException diskFull) {
            // full, as meant
        }
    }

    /** Removes the filler: there is room again. */
    public void free() throws IOException {
        Files.deleteIfExists(filler());
    }

    private Path filler() {
        return root.resolve("filler");
    }

    // Lazily: the JVM may keep a file of it mapped (sqlite-jdbc's native library, unpacked in the first data folder).
    @Override
    public void close() throws IOException, InterruptedException {
        Modes.run("umount", "--lazy", root.toString());
    }
}
