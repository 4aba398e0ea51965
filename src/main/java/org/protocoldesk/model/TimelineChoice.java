package org.protocoldesk.model;

/** A subject a timeline can be shown for, named for a picker. */
public record TimelineChoice(TimelineSubject subject, String name) {
    public TimelineChoice {
        Require.present(subject, "subject");
        Require.nonBlank(name, "name");
    }
}
