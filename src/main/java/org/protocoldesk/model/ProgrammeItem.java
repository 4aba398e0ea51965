package org.protocoldesk.model;

import static org.protocoldesk.model.Require.present;

import java.time.LocalTime;

/**
 * One entry of a trip's programme: an event attended ({@code kind} EVENT, over its dates as far as they are known)
 * or a meeting of the trip ({@code kind} MEETING, on its local day, at its local times if recorded). A meeting's
 * {@code title} may be null (lists then word it by its {@code meetingKind}); {@code place} is the venue or city.
 */
public record ProgrammeItem(RecordKind kind, long recordId, ApproximateDate start, ApproximateDate end,
                            LocalTime startTime, LocalTime endTime, String title, MeetingKind meetingKind,
                            String place) {
    public ProgrammeItem {
        present(kind, "programme item kind");
        present(start, "programme item date");
        end = end == null ? start : end;
    }
}
