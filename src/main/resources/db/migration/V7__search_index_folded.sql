-- The search index holds text folded by the application (model.SortKey: case, accents, and letters such as ə, ı, ø
-- that Unicode does not decompose), written by the stores in the same transaction as the record
-- (docs/decisions/0010-search-index.md). The triggers that copied raw text are dropped: a trigger cannot call the
-- folding. The stores fill the new index on the first open after this migration.
DROP TRIGGER person_search_insert;
DROP TRIGGER person_search_update;
DROP TRIGGER person_search_delete;
DROP TRIGGER organisation_search_insert;
DROP TRIGGER organisation_search_update;
DROP TRIGGER organisation_search_delete;
DROP TRIGGER meeting_search_insert;
DROP TRIGGER meeting_search_update;
DROP TRIGGER meeting_search_delete;
DROP TRIGGER outcome_search_insert;
DROP TRIGGER outcome_search_update;
DROP TRIGGER outcome_search_delete;
DROP TABLE search_index;

-- rowid = record id * 8 + kind ordinal, so that one record's entry is replaced by key. title is what a hit shows;
-- terms is the folded text searched, with 2- and 3-letter prefix indexes for results as one types.
CREATE VIRTUAL TABLE search_index USING fts5(
    kind UNINDEXED, ref_id UNINDEXED, title UNINDEXED, terms,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);
