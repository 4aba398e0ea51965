-- Deleting a meeting cascades to its drafts: without an index on the key, every delete scanned the drafts.
CREATE INDEX meeting_draft_meeting ON meeting_draft (meeting_id);
