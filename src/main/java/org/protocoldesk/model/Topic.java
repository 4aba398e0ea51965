package org.protocoldesk.model;

import static org.protocoldesk.model.Require.nonBlank;

public record Topic(Long id, String name) {
    public Topic {
        nonBlank(name, "topic");
    }
}
