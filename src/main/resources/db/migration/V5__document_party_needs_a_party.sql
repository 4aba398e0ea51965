-- document_party's CHECK let a party with no organisation, country or name through: with all three NULL the
-- expression is NULL, and a NULL CHECK passes. SQLite cannot alter a CHECK, so the table is rebuilt: create the new
-- one, copy, drop the old, rename. Nothing references document_party, it has no triggers, and its only index was the
-- primary key; the indexes of its two foreign keys are created here. A party row with nothing in it says nothing and
-- is not copied.
CREATE TABLE document_party_rebuilt (
    document_id     INTEGER NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL CHECK (position >= 1),
    organisation_id INTEGER REFERENCES organisation (id) ON DELETE CASCADE,
    country_code    TEXT REFERENCES country (code),
    name            TEXT,
    PRIMARY KEY (document_id, position),
    CHECK (organisation_id IS NOT NULL OR country_code IS NOT NULL OR coalesce(trim(name), '') <> '')
);
INSERT INTO document_party_rebuilt (document_id, position, organisation_id, country_code, name)
SELECT document_id, position, organisation_id, country_code, name
FROM document_party
WHERE organisation_id IS NOT NULL OR country_code IS NOT NULL OR coalesce(trim(name), '') <> '';
DROP TABLE document_party;
ALTER TABLE document_party_rebuilt RENAME TO document_party;
CREATE INDEX document_party_organisation ON document_party (organisation_id);
CREATE INDEX document_party_country ON document_party (country_code);
