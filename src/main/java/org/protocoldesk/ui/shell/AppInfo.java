package org.protocoldesk.ui.shell;

import java.nio.file.Path;

/** What the window tells about the running app: its version and where its data lives. */
public record AppInfo(String version, Path dataDir) {
    public static final String NAME = "Protocol Desk";
    public static final String LICENCE = "Apache License 2.0";
}
