-- Approximate dates (docs/decisions/0009-approximate-dates-and-deleted-parties.md): an event, a trip, a proposed
-- visit or a post is often known only by month or year. The date column keeps the first day of that month or year
-- (so that text order stays date order) and a precision column says how much of it is known.
ALTER TABLE event ADD COLUMN date_precision TEXT NOT NULL DEFAULT 'day'
    CHECK (date_precision IN ('day', 'month', 'year'));
ALTER TABLE trip ADD COLUMN date_precision TEXT NOT NULL DEFAULT 'day'
    CHECK (date_precision IN ('day', 'month', 'year'));
ALTER TABLE invitation ADD COLUMN proposed_precision TEXT NOT NULL DEFAULT 'day'
    CHECK (proposed_precision IN ('day', 'month', 'year'));
ALTER TABLE post ADD COLUMN from_precision TEXT NOT NULL DEFAULT 'day'
    CHECK (from_precision IN ('day', 'month', 'year'));
ALTER TABLE post ADD COLUMN to_precision TEXT NOT NULL DEFAULT 'day'
    CHECK (to_precision IN ('day', 'month', 'year'));
-- A post known only to have been held on a day (a report names the holder at a meeting), with no term recorded.
ALTER TABLE post ADD COLUMN held_on DATE CHECK (held_on IS NULL OR date(held_on) IS held_on);
