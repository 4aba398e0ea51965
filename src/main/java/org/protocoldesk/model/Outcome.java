package org.protocoldesk.model;

import static org.protocoldesk.model.Require.nonBlank;
import static org.protocoldesk.model.Require.present;

public record Outcome(OutcomeKind kind, String text) {
    public Outcome {
        present(kind, "outcome kind");
        nonBlank(text, "outcome text");
    }
}
