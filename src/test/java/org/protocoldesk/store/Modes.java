package org.protocoldesk.store;

import java.io.IOException;
import java.nio.file.Path;

/** File modes as {@code stat} shows them (with the sticky bit, which Java's POSIX view leaves out), set by chmod. */
public final class Modes {
    private Modes() {
    }

    public static String of(Path path) throws IOException, InterruptedException {
        return run("stat", "-c", "%a", path.toString()).strip();
    }

    public static void set(Path path, String octal) throws IOException, InterruptedException {
        run("chmod", octal, path.toString());
    }

    public static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    public static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output);
        }
        return output;
    }
}
