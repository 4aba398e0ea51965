package org.protocoldesk.model;

import static org.protocoldesk.model.Require.copy;
import static org.protocoldesk.model.Require.nonBlank;
import static org.protocoldesk.model.Require.ordered;
import static org.protocoldesk.model.Require.present;

import java.time.LocalDate;
import java.util.List;

/** An agreement, memorandum, declaration…: signed or adopted on a date, at a meeting or an event. */
public record Document(Long id, DocumentKind kind, String title, DocumentStatus status, LocalDate concludedOn,
                       String place, LocalDate validFrom, LocalDate validUntil, Long meetingId, Long eventId,
                       String notes, List<DocumentParty> parties) {
    public Document {
        present(kind, "document kind");
        nonBlank(title, "document title");
        present(status, "document status");
        ordered(validFrom, validUntil, "validity");
        parties = copy(parties);
    }

    public Document withId(long newId) {
        return new Document(newId, kind, title, status, concludedOn, place, validFrom, validUntil, meetingId, eventId,
                notes, parties);
    }
}
