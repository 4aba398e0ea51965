package org.protocoldesk.store;

import static org.protocoldesk.store.generated.Tables.GENERATED_DOCUMENT;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.protocoldesk.model.ArchivedDocument;
import org.protocoldesk.model.ReportFormat;
import org.protocoldesk.model.ReportKind;
import org.protocoldesk.store.generated.tables.records.GeneratedDocumentRecord;

/** The archive of exported briefing notes and trip reports: what was written, when, under which marking. */
public final class GeneratedDocumentStore {
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final DSLContext tx;

    GeneratedDocumentStore(DSLContext tx) {
        this.tx = tx;
    }

    /** Records an export with its content; returns it with its id. */
    public ArchivedDocument insert(ArchivedDocument document, byte[] content) {
        GeneratedDocumentRecord record = tx.newRecord(GENERATED_DOCUMENT);
        record.setKind(document.kind());
        record.setTitle(document.title());
        record.setFormat(document.format());
        record.setVersion(document.version());
        record.setCreatedAt(TIMESTAMP.format(document.createdAt()));
        record.setTripId(document.tripId());
        record.setContent(content);
        record.setFileName(document.fileName());
        record.setMarking(document.marking());
        record.setAsOf(document.asOf());
        record.setSha256(document.sha256());
        record.setPath(document.path());
        record.store();
        return document.withId(record.getId());
    }

    /** The next version of this kind of document in this format for the trip (ad hoc briefings count together). */
    public int nextVersion(Long tripId, ReportKind kind, ReportFormat format) {
        return tx.select(DSL.max(GENERATED_DOCUMENT.VERSION)).from(GENERATED_DOCUMENT)
                .where(GENERATED_DOCUMENT.KIND.eq(kind))
                .and(GENERATED_DOCUMENT.FORMAT.eq(format))
                .and(tripId == null ? GENERATED_DOCUMENT.TRIP_ID.isNull() : GENERATED_DOCUMENT.TRIP_ID.eq(tripId))
                .fetchOptional(0, Integer.class).map(v -> v + 1).orElse(1);
    }

    /** The exports of a trip, the latest first, without their content. */
    public List<ArchivedDocument> forTrip(long tripId) {
        var g = GENERATED_DOCUMENT;
        return tx.select(g.ID, g.KIND, g.TITLE, g.FORMAT, g.VERSION, g.CREATED_AT, g.TRIP_ID, g.FILE_NAME, g.MARKING,
                        g.AS_OF, g.SHA256, g.PATH)
                .from(g).where(g.TRIP_ID.eq(tripId)).orderBy(g.CREATED_AT.desc(), g.ID.desc())
                .fetch(r -> new ArchivedDocument(r.get(g.ID), r.get(g.KIND),
                        r.get(g.TITLE), r.get(g.FORMAT), r.get(g.VERSION),
                        LocalDateTime.parse(r.get(g.CREATED_AT), TIMESTAMP), r.get(g.TRIP_ID), r.get(g.FILE_NAME),
                        r.get(g.MARKING), r.get(g.AS_OF), r.get(g.SHA256), r.get(g.PATH)));
    }

    public byte[] content(long id) {
        return tx.select(GENERATED_DOCUMENT.CONTENT).from(GENERATED_DOCUMENT).where(GENERATED_DOCUMENT.ID.eq(id))
                .fetchSingle(GENERATED_DOCUMENT.CONTENT);
    }
}
