package org.protocoldesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start script of the distribution, run with a stand-in {@code java} that reports what it was given. */
class LauncherScriptTest {
    @TempDir
    Path tmp;

    private String run(Map<String, String> env) throws Exception {
        Path bin = Files.createDirectories(tmp.resolve("jdk/bin"));
        Path java = Files.writeString(bin.resolve("java"), "#!/bin/sh\necho \"LC_CTYPE=$LC_CTYPE\"\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwx------"));
        ProcessBuilder builder = new ProcessBuilder("sh", "installer/bin/protocol-desk", "--data-dir", "/tmp/Türkiye");
        builder.environment().clear();
        builder.environment().put("PATH", "/usr/bin:/bin");
        builder.environment().put("JAVA_HOME", tmp.resolve("jdk").toString());
        builder.environment().putAll(env);
        Process process = builder.redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).isZero();
        return output;
    }

    @Test
    void underAnAsciiLocaleJavaIsStartedWithUtf8FileNames() throws Exception {
        assertThat(run(Map.of("LANG", "C"))).contains("LC_CTYPE=C.UTF-8");
    }

    @Test
    void aUtf8LocaleIsLeftAsItIs() throws Exception {
        assertThat(run(Map.of("LANG", "C.UTF-8"))).contains("LC_CTYPE=\n");
    }
}
