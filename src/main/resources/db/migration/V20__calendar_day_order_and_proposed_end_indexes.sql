-- A month view reads, of each day's meetings, only the first few in the order the day lists them (ADR 0070): an index
-- in that order (day, then start time; the row id follows) lets SQLite rank them as it reads, without sorting the
-- month's meetings or fetching their rows.
CREATE INDEX meeting_date_start ON meeting (local_date, start_time);
-- A visit proposed "for September" lasts until the month's end: the calendar matches each precision of the proposed
-- end against its own first day. Indexed by precision, each of those seeks its few rows instead of reading every
-- proposal ending since the first of the year.
CREATE INDEX invitation_proposed_end_precision ON invitation (proposed_end_precision, proposed_end);
