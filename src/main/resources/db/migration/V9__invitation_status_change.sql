-- Each decision on an invitation, with the day it was taken: accepted, declined (with the reason), fulfilled, lapsed.
-- With the invitation's own extended_on they give its history: extended -> decided -> fulfilled.
CREATE TABLE invitation_status_change (
    id            INTEGER PRIMARY KEY,
    invitation_id INTEGER NOT NULL REFERENCES invitation (id) ON DELETE CASCADE,
    status        TEXT NOT NULL CHECK (status IN ('pending', 'accepted', 'declined', 'fulfilled', 'lapsed')),
    changed_on    DATE NOT NULL CHECK (date(changed_on) IS changed_on),
    reason        TEXT
);
CREATE INDEX invitation_status_change_invitation ON invitation_status_change (invitation_id, changed_on);
