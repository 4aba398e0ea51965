-- What an outcome created: the invitation extended or received, the document signed or adopted at the meeting.
-- Kept on the outcome so that a meeting shows, and an edit of it keeps, what each outcome led to.
ALTER TABLE outcome ADD COLUMN invitation_id INTEGER REFERENCES invitation (id) ON DELETE SET NULL;
ALTER TABLE outcome ADD COLUMN document_id INTEGER REFERENCES document (id) ON DELETE SET NULL;
CREATE INDEX outcome_invitation ON outcome (invitation_id);
CREATE INDEX outcome_document ON outcome (document_id);
