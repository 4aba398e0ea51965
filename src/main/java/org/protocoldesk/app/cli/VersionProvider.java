package org.protocoldesk.app.cli;

import org.protocoldesk.app.Version;
import picocli.CommandLine.IVersionProvider;

final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"Protocol Desk " + Version.current()};
    }
}
