package org.protocoldesk.store;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.groupConcat;
import static org.jooq.impl.DSL.select;
import static org.protocoldesk.store.generated.Tables.APP_SETTING;
import static org.protocoldesk.store.generated.Tables.DOCUMENT;
import static org.protocoldesk.store.generated.Tables.EVENT;
import static org.protocoldesk.store.generated.Tables.FOLLOW_UP;
import static org.protocoldesk.store.generated.Tables.INVITATION;
import static org.protocoldesk.store.generated.Tables.MEETING;
import static org.protocoldesk.store.generated.Tables.ORGANISATION;
import static org.protocoldesk.store.generated.Tables.OUTCOME;
import static org.protocoldesk.store.generated.Tables.PERSON;
import static org.protocoldesk.store.generated.Tables.PERSON_ALIAS;
import static org.protocoldesk.store.generated.Tables.POST;
import static org.protocoldesk.store.generated.Tables.TRIP;
import static org.protocoldesk.store.generated.Tables.TRIP_DESTINATION;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.TableField;
import org.jooq.TableLike;
import org.jooq.impl.DSL;
import org.protocoldesk.model.RecordKind;
import org.protocoldesk.model.SearchHit;
import org.protocoldesk.model.Side;
import org.protocoldesk.model.SortKey;

/**
 * The FTS5 index of the global search, the one SQLite-specific class of the search (its virtual table is not
 * generated). The stores keep it current in the transaction that changes a record: {@link #refresh} rereads the
 * record's texts from the tables, folds them with {@link SortKey} and replaces its entry. What is searched, per kind:
 * counterparts by names, other spellings and posts (title and organisation); organisations by name and short name;
 * events by name, series and city; trips by title, purpose and destinations; meetings by title, place, summary and
 * outcomes; invitations by description, place and the names of a deleted side; documents by title and place.
 */
final class SearchIndex {
    /** Raise when the folding or the indexed texts change: the next open rebuilds the index. */
    private static final String VERSION = "1";
    private static final String VERSION_KEY = "search_index_version";
    private static final String SEPARATOR = " ";

    private final DSLContext tx;

    SearchIndex(DSLContext tx) {
        this.tx = tx;
    }

    /**
     * Rebuilds the whole index when it was built by another version of the folding (or never), or when it is empty
     * while records exist (rows loaded in bulk, around the stores).
     */
    void ensureCurrent() {
        String built = tx.select(APP_SETTING.VALUE).from(APP_SETTING).where(APP_SETTING.KEY.eq(VERSION_KEY))
                .fetchOne(APP_SETTING.VALUE);
        boolean emptyWithRecords = tx.fetchOne("SELECT 1 FROM search_index LIMIT 1") == null
                && (tx.fetchExists(PERSON) || tx.fetchExists(ORGANISATION) || tx.fetchExists(MEETING));
        if (!VERSION.equals(built) || emptyWithRecords) {
            rebuild();
            tx.insertInto(APP_SETTING, APP_SETTING.KEY, APP_SETTING.VALUE).values(VERSION_KEY, VERSION)
                    .onConflict(APP_SETTING.KEY).doUpdate().set(APP_SETTING.VALUE, VERSION)
                    .execute();
        }
    }

    void rebuild() {
        tx.execute("DELETE FROM search_index");
        for (RecordKind kind : RecordKind.values()) {
            refresh(kind, DSL.noCondition());
        }
    }

    /** Replaces the entry of record {@code id}: gone if the record is gone. */
    void refresh(RecordKind kind, long id) {
        remove(kind, id);
        refresh(kind, idOf(kind).eq(id));
    }

    /**
     * Deletes a person or organisation through {@code delete} and its entry, then refreshes the entries of the
     * invitations that named it ({@code naming}, selected before the delete unlinks them): they now hold its name
     * in their own name column (ADR 0009), which their entries must find.
     */
    void deleteParty(RecordKind kind, long id, Condition naming, Runnable delete) {
        List<Long> invitations = tx.select(INVITATION.ID).from(INVITATION).where(naming).fetch(INVITATION.ID);
        delete.run();
        remove(kind, id);
        invitations.forEach(invitation -> refresh(RecordKind.INVITATION, invitation));
    }

    void remove(RecordKind kind, long id) {
        tx.execute("DELETE FROM search_index WHERE rowid = ?", rowid(kind, id));
    }

    /**
     * The records whose folded texts hold a word starting with each word of {@code text}, best first, at most
     * {@code limit}.
     */
    List<SearchHit> match(String text, int limit) {
        return hits("ORDER BY rank", text, limit);
    }

    /** The same records as {@link #match}, newest first instead of best first: no ranking to pay for. */
    List<SearchHit> newest(String text, int limit) {
        return hits("ORDER BY rowid DESC", text, limit);
    }

    /** Whether more than {@code count} records match {@code text}: reads no further than that. */
    boolean matchesMoreThan(String text, int count) {
        String query = query(text);
        return !query.isEmpty() && tx.fetchOne("SELECT rowid FROM search_index WHERE search_index MATCH ? LIMIT 1 "
                + "OFFSET ?", query, count) != null;
    }

    private List<SearchHit> hits(String order, String text, int limit) {
        String query = query(text);
        if (query.isEmpty()) {
            return List.of();
        }
        return tx.fetch("SELECT kind, ref_id, title FROM search_index WHERE search_index MATCH ? " + order
                        + " LIMIT ?", query, limit)
                .map(r -> new SearchHit(RecordKind.valueOf(r.get(0, String.class).toUpperCase(Locale.ROOT)),
                        r.get(1, Long.class), r.get(2, String.class)));
    }

    /** Every word, folded and quoted (so that FTS5 syntax in it means nothing), as a prefix: "aliyev"* "kam"*. */
    static String query(String text) {
        List<String> words = new ArrayList<>();
        for (String word : SortKey.of(text).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add('"' + word + "\"*");
            }
        }
        return String.join(" ", words);
    }

    private void refresh(RecordKind kind, Condition which) {
        Entries entries = entries(kind);
        if (entries == null) {
            return;
        }
        for (Record r : tx.select(entries.fields()).from(entries.from()).where(entries.where().and(which)).fetch()) {
            long id = r.get(0, Long.class);
            String title = r.get(1, String.class);
            String terms = r.intoStream().skip(1).filter(Objects::nonNull).map(Object::toString)
                    .map(SortKey::of).collect(Collectors.joining(SEPARATOR));
            tx.execute("INSERT INTO search_index (rowid, kind, ref_id, title, terms) VALUES (?, ?, ?, ?, ?)",
                    rowid(kind, id), kind.name().toLowerCase(Locale.ROOT), id, title == null ? "" : title, terms);
        }
    }

    /** What a kind's entries are made of: the id, the title, then more text to search. */
    private record Entries(List<Field<?>> fields, TableLike<?> from, Condition where) {
    }

    private static Entries entries(RecordKind kind) {
        return switch (kind) {
            case COUNTERPART -> new Entries(List.of(PERSON.ID, PERSON.FULL_NAME, PERSON.GIVEN_NAME, PERSON.FAMILY_NAME,
                    field(select(groupConcat(PERSON_ALIAS.SPELLING).separator(SEPARATOR)).from(PERSON_ALIAS)
                            .where(PERSON_ALIAS.PERSON_ID.eq(PERSON.ID))),
                    field(select(groupConcat(DSL.concat(POST.TITLE, DSL.inline(SEPARATOR),
                            DSL.coalesce(ORGANISATION.NAME, DSL.inline("")), DSL.inline(SEPARATOR),
                            DSL.coalesce(ORGANISATION.SHORT_NAME, DSL.inline("")))).separator(SEPARATOR))
                            .from(POST).leftJoin(ORGANISATION).on(ORGANISATION.ID.eq(POST.ORGANISATION_ID))
                            .where(POST.PERSON_ID.eq(PERSON.ID)))),
                    PERSON, PERSON.SIDE.eq(Side.THEIRS));
            case ORGANISATION -> new Entries(List.of(ORGANISATION.ID, ORGANISATION.NAME, ORGANISATION.SHORT_NAME),
                    ORGANISATION, DSL.noCondition());
            case EVENT -> new Entries(List.of(EVENT.ID, EVENT.NAME, EVENT.SERIES, EVENT.CITY), EVENT,
                    DSL.noCondition());
            case TRIP -> new Entries(List.of(TRIP.ID, TRIP.TITLE, TRIP.PURPOSE,
                    field(select(groupConcat(TRIP_DESTINATION.CITY).separator(SEPARATOR)).from(TRIP_DESTINATION)
                            .where(TRIP_DESTINATION.TRIP_ID.eq(TRIP.ID)))),
                    TRIP, DSL.noCondition());
            case MEETING -> new Entries(List.of(MEETING.ID, DSL.coalesce(MEETING.TITLE, MEETING.CITY, MEETING.PLACE),
                    MEETING.PLACE, MEETING.SUMMARY,
                    field(select(groupConcat(OUTCOME.TEXT).separator(SEPARATOR)).from(OUTCOME)
                            .where(OUTCOME.MEETING_ID.eq(MEETING.ID)))),
                    MEETING, DSL.noCondition());
            case INVITATION -> new Entries(List.of(INVITATION.ID,
                    DSL.coalesce(INVITATION.DESCRIPTION, INVITATION.PLACE), INVITATION.PLACE, INVITATION.INVITER_NAME,
                    INVITATION.INVITEE_NAME), INVITATION, DSL.noCondition());
            case DOCUMENT -> new Entries(List.of(DOCUMENT.ID, DOCUMENT.TITLE, DOCUMENT.PLACE), DOCUMENT,
                    DSL.noCondition());
            case FOLLOW_UP -> null;
        };
    }

    private static TableField<?, Long> idOf(RecordKind kind) {
        return switch (kind) {
            case COUNTERPART -> PERSON.ID;
            case ORGANISATION -> ORGANISATION.ID;
            case EVENT -> EVENT.ID;
            case TRIP -> TRIP.ID;
            case MEETING -> MEETING.ID;
            case INVITATION -> INVITATION.ID;
            case DOCUMENT -> DOCUMENT.ID;
            case FOLLOW_UP -> FOLLOW_UP.ID;
        };
    }

    private static long rowid(RecordKind kind, long id) {
        return id * 8 + kind.ordinal();
    }
}
