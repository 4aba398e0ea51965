-- The archive of exports: what file was written, under which handling marking, for which "as of" day, and the
-- SHA-256 of its bytes so that a copy handed over can be checked against it.
ALTER TABLE generated_document ADD COLUMN file_name TEXT NOT NULL DEFAULT '' ;
ALTER TABLE generated_document ADD COLUMN marking TEXT NOT NULL DEFAULT '';
ALTER TABLE generated_document ADD COLUMN as_of DATE CHECK (as_of IS NULL OR date(as_of) IS as_of);
ALTER TABLE generated_document ADD COLUMN sha256 TEXT NOT NULL DEFAULT ''
    CHECK (sha256 = '' OR (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'));
