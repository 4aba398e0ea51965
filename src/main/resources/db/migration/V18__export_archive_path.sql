-- Where an export was written (the absolute path), so the trip's pane can open it again and check that the file on
-- disk is still the one archived. Exports recorded before keep only their file name (NULL here).
ALTER TABLE generated_document ADD COLUMN path TEXT CHECK (path IS NULL OR trim(path) <> '');
