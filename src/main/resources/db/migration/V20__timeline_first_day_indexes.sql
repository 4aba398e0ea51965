-- Where a timeline stops loading older windows: the earliest date any of its entries can start on. Each minimum is
-- one seek on these indexes (meeting and event dates have theirs; documents are few); without them invitations and posts
-- would be read whole each time a timeline opens.
CREATE INDEX invitation_extended_on ON invitation (extended_on);
CREATE INDEX invitation_reply_deadline ON invitation (reply_deadline);
CREATE INDEX post_from_date ON post (from_date);
CREATE INDEX post_to_date ON post (to_date);
