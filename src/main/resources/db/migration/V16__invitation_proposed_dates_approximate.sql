-- Proposed visit dates as far as they are known, each end on its own: "September 2024", "Jan - Jun 2026",
-- "from 14 September 2024 into October" (docs/decisions/0036-invitation-ledger-screens-and-approximate-proposed-dates.md).
-- proposed_precision stays the precision of proposed_start; proposed_end gets its own. As everywhere
-- (docs/decisions/0009-approximate-dates-and-deleted-parties.md) a date column keeps the first day of what is known.
ALTER TABLE invitation ADD COLUMN proposed_end_precision TEXT NOT NULL DEFAULT 'day'
    CHECK (proposed_end_precision IN ('day', 'month', 'year'));
UPDATE invitation SET proposed_end_precision = proposed_precision;

-- Until now the Log meeting form asked for an approximate time as a span of days ("1 Jan 2026 - 30 Jun 2026" for the
-- first half of 2026). A span of whole years or whole months given as days is that approximate time: say so, instead
-- of showing 30 days as if they were known.
UPDATE invitation
SET proposed_precision = 'year', proposed_end_precision = 'year', proposed_end = date(proposed_end, 'start of year')
WHERE proposed_precision = 'day' AND proposed_start IS NOT NULL AND proposed_end IS NOT NULL
  AND strftime('%m-%d', proposed_start) = '01-01' AND strftime('%m-%d', proposed_end) = '12-31';
UPDATE invitation
SET proposed_precision = 'month', proposed_end_precision = 'month', proposed_end = date(proposed_end, 'start of month')
WHERE proposed_precision = 'day' AND proposed_start IS NOT NULL AND proposed_end IS NOT NULL
  AND strftime('%d', proposed_start) = '01'
  AND proposed_end = date(proposed_end, 'start of month', '+1 month', '-1 day');

-- The Invitations screen lists one status and one direction at a time, by reply deadline.
CREATE INDEX invitation_status_direction_deadline ON invitation (status, direction, reply_deadline);
