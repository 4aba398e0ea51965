-- What was typed into the Log meeting form and not yet saved, kept as it is typed so that a crash loses nothing.
-- The form names each draft by a key it makes itself, so that it can write the next version before the first
-- has come back; content is the form's own text (JSON), read back only by the form.
CREATE TABLE meeting_draft (
    draft_key  TEXT PRIMARY KEY CHECK (trim(draft_key) <> ''),
    meeting_id INTEGER REFERENCES meeting (id) ON DELETE CASCADE,
    label      TEXT NOT NULL,
    content    TEXT NOT NULL,
    saved_at   TEXT NOT NULL CHECK (datetime(saved_at) IS NOT NULL)
);
CREATE INDEX meeting_draft_saved ON meeting_draft (saved_at);
