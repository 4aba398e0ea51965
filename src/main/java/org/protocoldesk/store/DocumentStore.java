package org.protocoldesk.store;

import static org.protocoldesk.store.generated.Tables.DOCUMENT;
import static org.protocoldesk.store.generated.Tables.DOCUMENT_PARTY;
import static org.protocoldesk.store.generated.Tables.EVENT;

import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.protocoldesk.model.Document;
import org.protocoldesk.model.DocumentParty;
import org.protocoldesk.model.DocumentSummary;
import org.protocoldesk.model.RecordKind;
import org.protocoldesk.store.generated.tables.records.DocumentRecord;

/** Documents with their parties, in the order given. */
public final class DocumentStore {
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
        insertParties(record.getId(), document.parties());
        index.refresh(RecordKind.DOCUMENT, record.getId());
        return document.withId(record.getId());
    }

    /** Stores the document's fields and replaces its parties with those given. */
    public void update(Document document) {
        DocumentRecord record = tx.fetchSingle(DOCUMENT, DOCUMENT.ID.eq(document.id()));
        fill(record, document);
        record.store();
        tx.deleteFrom(DOCUMENT_PARTY).where(DOCUMENT_PARTY.DOCUMENT_ID.eq(document.id())).execute();
        insertParties(document.id(), document.parties());
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

    private void insertParties(long documentId, List<DocumentParty> parties) {
        for (int i = 0; i < parties.size(); i++) {
            DocumentParty party = parties.get(i);
            tx.insertInto(DOCUMENT_PARTY, DOCUMENT_PARTY.DOCUMENT_ID, DOCUMENT_PARTY.POSITION,
                            DOCUMENT_PARTY.ORGANISATION_ID, DOCUMENT_PARTY.COUNTRY_CODE, DOCUMENT_PARTY.NAME)
                    .values(documentId, i + 1, party.organisationId(), party.countryCode(), party.name())
                    .execute();
        }
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
