package org.protocoldesk.app.cli;

import java.nio.file.Path;

/** What the window needs from the command line: where the data lives, and whether a first start loads the demo. */
public record StartOptions(Path dataDir, boolean demoOnFirstStart) {
}
