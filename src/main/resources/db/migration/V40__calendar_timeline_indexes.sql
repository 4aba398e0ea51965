-- Indexes for the calendar's range queries and the timeline's per-organisation and per-country look-ups.
CREATE INDEX invitation_proposed_start ON invitation (proposed_start);
CREATE INDEX invitation_proposed_end ON invitation (proposed_end);
CREATE INDEX invitation_inviter_organisation ON invitation (inviter_organisation_id);
CREATE INDEX invitation_invitee_organisation ON invitation (invitee_organisation_id);
CREATE INDEX document_party_organisation ON document_party (organisation_id);
CREATE INDEX document_party_country ON document_party (country_code);
CREATE INDEX event_host ON event (host_organisation_id);
