package org.protocoldesk.store;

import static org.protocoldesk.store.generated.Tables.MEETING_DRAFT;

import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;
import org.protocoldesk.model.MeetingDraft;

/** Drafts of the Log meeting form, one row per key, the latest version of each. */
public final class DraftStore {
    private final DSLContext tx;

    DraftStore(DSLContext tx) {
        this.tx = tx;
    }

    /** Writes the draft, replacing the earlier version of the same key. */
    public void save(MeetingDraft draft) {
        tx.insertInto(MEETING_DRAFT, MEETING_DRAFT.DRAFT_KEY, MEETING_DRAFT.MEETING_ID, MEETING_DRAFT.LABEL,
                        MEETING_DRAFT.CONTENT, MEETING_DRAFT.SAVED_AT)
                .values(draft.key(), draft.meetingId(), draft.label(), draft.content(), draft.savedAt().toString())
                .onConflict(MEETING_DRAFT.DRAFT_KEY)
                .doUpdate()
                .set(MEETING_DRAFT.MEETING_ID, draft.meetingId())
                .set(MEETING_DRAFT.LABEL, draft.label())
                .set(MEETING_DRAFT.CONTENT, draft.content())
                .set(MEETING_DRAFT.SAVED_AT, draft.savedAt().toString())
                .execute();
    }

    public void delete(String key) {
        tx.deleteFrom(MEETING_DRAFT).where(MEETING_DRAFT.DRAFT_KEY.eq(key)).execute();
    }

    /** The drafts waiting, the most recently written first. */
    public List<MeetingDraft> all() {
        return tx.selectFrom(MEETING_DRAFT).orderBy(MEETING_DRAFT.SAVED_AT.desc(), MEETING_DRAFT.DRAFT_KEY)
                .fetch(r -> new MeetingDraft(r.getDraftKey(), r.getMeetingId(), r.getLabel(), r.getContent(),
                        Instant.parse(r.getSavedAt())));
    }
}
