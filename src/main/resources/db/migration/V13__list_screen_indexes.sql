-- The Invitations screen shows the latest proposed start first and loads its first rows at once: read them in the
-- order of this index (backwards; NULLs, which SQLite sorts first, come last) instead of sorting every invitation.
CREATE INDEX invitation_proposed_start ON invitation (proposed_start);
