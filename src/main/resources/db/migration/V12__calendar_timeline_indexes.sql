-- The calendar's range over visits proposed by invitations: those ending on or after the first day shown
-- (invitation_proposed_start, from V50, serves those starting by the last).
CREATE INDEX invitation_proposed_end ON invitation (proposed_end);
