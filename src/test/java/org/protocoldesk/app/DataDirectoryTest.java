package org.protocoldesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataDirectoryTest {
    private static final Path HOME = Path.of("/home/officer");

    @Test
    void theOptionWinsOverEverything() {
        assertThat(DataDirectory.resolve(Path.of("/data/pd"), Map.of("PROTOCOL_DESK_HOME", "/elsewhere"), "Linux", HOME))
                .isEqualTo(Path.of("/data/pd"));
    }

    @Test
    void theEnvironmentVariableWinsOverThePlatformFolder() {
        assertThat(DataDirectory.resolve(null, Map.of("PROTOCOL_DESK_HOME", "/srv/pd"), "Linux", HOME))
                .isEqualTo(Path.of("/srv/pd"));
    }

    @Test
    void linuxFollowsXdgDataHome() {
        assertThat(DataDirectory.resolve(null, Map.of("XDG_DATA_HOME", "/xdg"), "Linux", HOME))
                .isEqualTo(Path.of("/xdg/protocol-desk"));
    }

    @Test
    void linuxFallsBackToLocalShare() {
        assertThat(DataDirectory.resolve(null, Map.of(), "Linux", HOME))
                .isEqualTo(HOME.resolve(".local/share/protocol-desk"));
    }

    @Test
    void macOsUsesApplicationSupport() {
        assertThat(DataDirectory.resolve(null, Map.of(), "Mac OS X", HOME))
                .isEqualTo(HOME.resolve("Library/Application Support/ProtocolDesk"));
    }

    @Test
    void windowsUsesAppData() {
        assertThat(DataDirectory.resolve(null, Map.of("APPDATA", "/appdata"), "Windows 11", HOME))
                .isEqualTo(Path.of("/appdata/ProtocolDesk"));
    }
}
