package org.protocoldesk.store;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Folders and files readable by their owner only (0700 / 0600) where the file system has POSIX modes. */
final class PrivateFiles {
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private PrivateFiles() {
    }

    static void createDirectory(Path dir) throws IOException {
        Files.createDirectories(dir);
        restrict(dir, "rwx------");
    }

    static void createFile(Path file) throws IOException {
        if (!Files.exists(file)) {
            Files.createFile(file);
        }
        restrict(file, "rw-------");
    }

    static void restrict(Path path, String mode) throws IOException {
        // Set the mode outright after creation: a mode given at creation is still filtered by the umask.
        if (POSIX) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(mode));
        }
    }
}
