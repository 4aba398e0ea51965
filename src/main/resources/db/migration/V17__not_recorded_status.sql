-- A trip or an invitation whose state no report states (the Tashkent 2025 trip, the 29th IAP invitation after
-- September 2024) is 'not_recorded', not 'planned' or 'pending' (docs/decisions/0050-not-recorded-status.md).
--
-- SQLite cannot alter a CHECK, and trip and invitation are parents: rebuilding them inside this migration's
-- transaction would fire their children's ON DELETE actions, since PRAGMA foreign_keys=OFF is ignored in a
-- transaction. A CHECK that allows one more value holds for every row already stored, so the schema text itself
-- is changed, as https://www.sqlite.org/lang_altertable.html ("Making Other Kinds Of Table Schema Changes") allows
-- for CHECK changes: no row is copied and no reference moves.
PRAGMA writable_schema = ON;
UPDATE sqlite_schema
SET sql = replace(sql, '''under_way'', ''completed'')', '''under_way'', ''completed'', ''not_recorded'')')
WHERE type = 'table' AND name = 'trip';
UPDATE sqlite_schema
SET sql = replace(sql, '''fulfilled'', ''lapsed'')', '''fulfilled'', ''lapsed'', ''not_recorded'')')
WHERE type = 'table' AND name IN ('invitation', 'invitation_status_change');
-- RESET makes this connection read the changed schema again.
PRAGMA writable_schema = RESET;

-- Every other open connection re-reads the schema when its version changes. The documented procedure sets
-- "PRAGMA schema_version = X + 1", which a script cannot compute; any DDL increments it, so one index is made again
-- as it was.
DROP INDEX invitation_pending_deadline;
CREATE INDEX invitation_pending_deadline ON invitation (reply_deadline) WHERE status = 'pending';
