-- Every foreign key gets an index, so that a delete of the referenced row (ON DELETE SET NULL or CASCADE) and the
-- "what links here" look-ups do not scan the referencing table.
CREATE INDEX invitation_inviter_organisation ON invitation (inviter_organisation_id);
CREATE INDEX invitation_invitee_organisation ON invitation (invitee_organisation_id);
CREATE INDEX invitation_extended_at_meeting ON invitation (extended_at_meeting_id);
CREATE INDEX invitation_fulfilled_by_trip ON invitation (fulfilled_by_trip_id);
CREATE INDEX invitation_fulfilled_by_event ON invitation (fulfilled_by_event_id);
CREATE INDEX event_host_organisation ON event (host_organisation_id);
