-- A page of a timeline (ADR 0060) reads the invitations and documents that start in its days: an invitation on the
-- first of the days it was extended, proposed for or is to be answered by, a document on the day it was concluded,
-- else came into force. These indexes on the very expressions the queries use let a page seek its days instead of
-- reading the subject's every invitation (tens of thousands for a busy country) or every document.
CREATE INDEX invitation_start ON invitation (coalesce(extended_on, proposed_start, reply_deadline));
CREATE INDEX document_start ON document (coalesce(concluded_on, valid_from));
