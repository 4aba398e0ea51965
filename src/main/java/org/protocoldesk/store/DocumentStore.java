package org.protocoldesk.store;

import static org.protocoldesk.store.generated.Tables.DOCUMENT;
import static org.protocoldesk.store.generated.Tables.DOCUMENT_PARTY;
import static org.protocoldesk.store.generated.Tables.EVENT;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.protocoldesk.model.Document;
import org.protocoldesk.model.DocumentParty;
import org.protocoldesk.model.DocumentSummary;
import org.protocoldesk.model.RecordKind;
import org.protocoldesk.store.generated.tables.records.DocumentPartyRecord;
import org.protocoldesk.store.generated.tables.records.DocumentRecord;

/** Documents with their parties, in the order given. */
public final class DocumentStore {
    private static final OrderedChildRows<DocumentPartyRecord, DocumentParty> PARTIES = new OrderedChildRows<>(
            DOCUMENT_PARTY, DOCUMENT_PARTY.DOCUMENT_ID, DOCUMENT_PARTY.POSITION,
            (row, p) -> Objects.equals(p.organisationId(), row.getOrganisationId())
                    && Objects.equals(p.countryCode(), row.getCountryCode()) && Objects.equals(p.name(), row.getName()),
            (row, p) -> {
                row.setOrganisationId(p.organisationId());
                row.setCountryCode(p.countryCode());
                row.setName(p.name());
            });

    private final DSLContext tx;
    private final SearchIndex index;

    DocumentStore(DSLContext tx) {
        this.tx = tx;
        this.index = new SearchIndex(tx);
    }

    public Document insert(Document document) {
        DocumentRecord record = tx.newRecord(DOCUMENT);
        fill(record, document);
        record.store();
        PARTIES.sync(tx, record.getId(), document.parties());
        index.refresh(RecordKind.DOCUMENT, record.getId());
        return document.withId(record.getId());
    }

    /** Stores the document's fields; its parties change only where they changed. */
    public void update(Document document) {
        DocumentRecord record = tx.fetchSingle(DOCUMENT, DOCUMENT.ID.eq(document.id()));
        fill(record, document);
        record.store();
        PARTIES.sync(tx, document.id(), document.parties());
        index.refresh(RecordKind.DOCUMENT, document.id());
    }

    public void delete(long id) {
        tx.deleteFrom(DOCUMENT).where(DOCUMENT.ID.eq(id)).execute();
        index.remove(RecordKind.DOCUMENT, id);
    }

    public Optional<Document> find(long id) {
        return tx.selectFrom(DOCUMENT).where(DOCUMENT.ID.eq(id)).fetchOptional(r -> toModel(r, parties(id)));
    }

    /** The ids of the documents signed or adopted at the meeting, oldest first. */
    public List<Long> idsOfMeeting(long meetingId) {
        return tx.select(DOCUMENT.ID).from(DOCUMENT).where(DOCUMENT.MEETING_ID.eq(meetingId)).orderBy(DOCUMENT.ID)
                .fetch(DOCUMENT.ID);
    }

    /** All documents, the most recently signed or adopted first, those with no date last. */
    public List<DocumentSummary> summaries() {
        return tx.select(DOCUMENT.ID, DOCUMENT.KIND, DOCUMENT.TITLE, DOCUMENT.STATUS, DOCUMENT.CONCLUDED_ON,
                        DOCUMENT.PLACE, EVENT.NAME)
                .from(DOCUMENT)
                .leftJoin(EVENT).on(EVENT.ID.eq(DOCUMENT.EVENT_ID))
                .orderBy(DOCUMENT.CONCLUDED_ON.desc().nullsLast(), DOCUMENT.ID.desc())
                .fetch(Records.mapping(DocumentSummary::new));
    }

    private List<DocumentParty> parties(long documentId) {
        return tx.select(DOCUMENT_PARTY.ORGANISATION_ID, DOCUMENT_PARTY.COUNTRY_CODE, DOCUMENT_PARTY.NAME)
                .from(DOCUMENT_PARTY).where(DOCUMENT_PARTY.DOCUMENT_ID.eq(documentId))
                .orderBy(DOCUMENT_PARTY.POSITION)
                .fetch(Records.mapping(DocumentParty::new));
    }

    private static void fill(DocumentRecord record, Document document) {
        record.setKind(document.kind());
        record.setTitle(document.title());
        record.setStatus(document.status());
        record.setConcludedOn(document.concludedOn());
        record.setPlace(document.place());
        record.setValidFrom(document.validFrom());
        record.setValidUntil(document.validUntil());
        record.setMeetingId(document.meetingId());
        record.setEventId(document.eventId());
        record.setNotes(document.notes());
    }

    private static Document toModel(DocumentRecord r, List<DocumentParty> parties) {
        return new Document(r.getId(), r.getKind(), r.getTitle(), r.getStatus(), r.getConcludedOn(), r.getPlace(),
                r.getValidFrom(), r.getValidUntil(), r.getMeetingId(), r.getEventId(), r.getNotes(), parties);
    }
}
