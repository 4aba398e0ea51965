package org.protocoldesk.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The app's own folders and files, made readable by their owner only (0700 / 0600) where the file system has POSIX
 * modes. Only what this class creates gets a mode: a folder or file that already exists is the user's, and its mode
 * is left exactly as the user set it.
 */
public final class PrivateFiles {
    private static final Logger LOG = Logger.getLogger(PrivateFiles.class.getName());
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final Set<PosixFilePermission> PRIVATE_FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> PRIVATE_FILE = PosixFilePermissions.fromString("rw-------");

    private PrivateFiles() {
    }

    /** Creates {@code dir} and each of its missing parents 0700; existing folders are used as they are. */
    public static void createDirectories(Path dir) throws IOException {
        Deque<Path> missing = new ArrayDeque<>();
        for (Path each = dir.toAbsolutePath(); each != null && !Files.exists(each); each = each.getParent()) {
            missing.push(each);
        }
        for (Path each : missing) {
            try {
                Files.createDirectory(each, attributes(PRIVATE_FOLDER));
                setMode(each, PRIVATE_FOLDER);
            } catch (FileAlreadyExistsException createdMeanwhile) {
                // another process made it first: it is not ours to change
            }
        }
        warnIfOthersCanRead(dir);
    }

    /** Creates {@code file} 0600 unless it exists; returns whether it was created. */
    public static boolean createFile(Path file) throws IOException {
        try {
            Files.createFile(file, attributes(PRIVATE_FILE));
        } catch (FileAlreadyExistsException existing) {
            return false;
        }
        setMode(file, PRIVATE_FILE);
        return true;
    }

    /**
     * Whether the app may write {@code path}: the system allows it and, for what the user owns, the user has not taken
     * the write permission away (an administrator account is allowed everything, so the mode alone says the user's
     * intent).
     */
    public static boolean writable(Path path) {
        if (!Files.isWritable(path)) {
            return false;
        }
        if (!POSIX) {
            return true;
        }
        try {
            boolean ownedByUs = Files.getOwner(path).getName().equals(System.getProperty("user.name"));
            return !ownedByUs || Files.getPosixFilePermissions(path).contains(PosixFilePermission.OWNER_WRITE);
        } catch (IOException | UnsupportedOperationException e) {
            return true;
        }
    }

    private static void warnIfOthersCanRead(Path dir) throws IOException {
        if (POSIX) {
            Set<PosixFilePermission> mode = Files.getPosixFilePermissions(dir);
            if (mode.contains(PosixFilePermission.GROUP_READ) || mode.contains(PosixFilePermission.OTHERS_READ)) {
                LOG.warning(() -> "Others can read the data folder " + dir + " (" + PosixFilePermissions.toString(mode)
                        + "); it is used as it is");
            }
        }
    }

    // A mode given at creation is filtered by the umask; set it outright on what was just created.
    private static void setMode(Path path, Set<PosixFilePermission> mode) throws IOException {
        if (POSIX) {
            Files.setPosixFilePermissions(path, mode);
        }
    }

    private static FileAttribute<?>[] attributes(Set<PosixFilePermission> mode) {
        return POSIX ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(mode)} : new FileAttribute<?>[0];
    }
}
