-- Deleting the only inviter or invitee of an invitation set its column to NULL and left an invitation from or to
-- nobody, which the application could not read. Each side now has a name column
-- (docs/decisions/0009-approximate-dates-and-deleted-parties.md): the name of a side that is not in the registry
-- (a report names it, nobody has recorded it), and the name a deleted person or organisation had, which these
-- triggers copy before the delete sets the link to NULL.
ALTER TABLE invitation ADD COLUMN inviter_name TEXT;
ALTER TABLE invitation ADD COLUMN invitee_name TEXT;

CREATE TRIGGER person_delete_keeps_invitation_names BEFORE DELETE ON person BEGIN
    UPDATE invitation SET inviter_name = coalesce(inviter_name, old.full_name) WHERE inviter_person_id = old.id;
    UPDATE invitation SET invitee_name = coalesce(invitee_name, old.full_name) WHERE invitee_person_id = old.id;
END;
CREATE TRIGGER organisation_delete_keeps_invitation_names BEFORE DELETE ON organisation BEGIN
    UPDATE invitation SET inviter_name = coalesce(inviter_name, old.name) WHERE inviter_organisation_id = old.id;
    UPDATE invitation SET invitee_name = coalesce(invitee_name, old.name) WHERE invitee_organisation_id = old.id;
END;
