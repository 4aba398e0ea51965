package org.protocoldesk.model;

import java.time.Instant;

/**
 * What was typed into the Log meeting form and not yet saved. {@code key} is made by the form, {@code meetingId} is
 * set when the draft edits a saved meeting, {@code label} says what it is in the offer to restore it, and
 * {@code content} is the form's own text, read back only by the form.
 */
public record MeetingDraft(String key, Long meetingId, String label, String content, Instant savedAt) {
    public MeetingDraft {
        Require.nonBlank(key, "draft key");
        Require.present(content, "draft content");
        Require.present(savedAt, "saved at");
        label = label == null ? "" : label;
    }
}
