-- Indexes for the calendar's range over the visits proposed by invitations (starting before, ending after a day).
CREATE INDEX invitation_proposed_start ON invitation (proposed_start);
CREATE INDEX invitation_proposed_end ON invitation (proposed_end);
