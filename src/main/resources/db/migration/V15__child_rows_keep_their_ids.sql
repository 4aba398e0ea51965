-- A trip's destinations, delegation and events attended, and a document's parties, get ids of their own, so that an
-- update changes only what changed and a child left as it was keeps its row and id (as posts and gifts do). Their
-- old primary keys stay as UNIQUE constraints. Nothing references these tables and they have no triggers, so each is
-- rebuilt the SQLite way: create, copy (in the old order, so the ids follow it), drop, rename, index.
CREATE TABLE trip_destination_rebuilt (
    id           INTEGER PRIMARY KEY,
    trip_id      INTEGER NOT NULL REFERENCES trip (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL CHECK (position >= 1),
    city         TEXT NOT NULL CHECK (trim(city) <> ''),
    country_code TEXT REFERENCES country (code),
    UNIQUE (trip_id, position)
);
INSERT INTO trip_destination_rebuilt (trip_id, position, city, country_code)
SELECT trip_id, position, city, country_code FROM trip_destination ORDER BY trip_id, position;
DROP TABLE trip_destination;
ALTER TABLE trip_destination_rebuilt RENAME TO trip_destination;
CREATE INDEX trip_destination_country ON trip_destination (country_code);

CREATE TABLE trip_member_rebuilt (
    id         INTEGER PRIMARY KEY,
    trip_id    INTEGER NOT NULL REFERENCES trip (id) ON DELETE CASCADE,
    person_id  INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    precedence INTEGER NOT NULL CHECK (precedence >= 1),
    role       TEXT,
    UNIQUE (trip_id, person_id),
    UNIQUE (trip_id, precedence)
);
INSERT INTO trip_member_rebuilt (trip_id, person_id, precedence, role)
SELECT trip_id, person_id, precedence, role FROM trip_member ORDER BY trip_id, precedence;
DROP TABLE trip_member;
ALTER TABLE trip_member_rebuilt RENAME TO trip_member;
CREATE INDEX trip_member_person ON trip_member (person_id);

CREATE TABLE trip_event_rebuilt (
    id       INTEGER PRIMARY KEY,
    trip_id  INTEGER NOT NULL REFERENCES trip (id) ON DELETE CASCADE,
    event_id INTEGER NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    UNIQUE (trip_id, event_id)
);
INSERT INTO trip_event_rebuilt (trip_id, event_id)
SELECT trip_id, event_id FROM trip_event ORDER BY trip_id, event_id;
DROP TABLE trip_event;
ALTER TABLE trip_event_rebuilt RENAME TO trip_event;
CREATE INDEX trip_event_event ON trip_event (event_id);

CREATE TABLE document_party_rebuilt (
    id              INTEGER PRIMARY KEY,
    document_id     INTEGER NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL CHECK (position >= 1),
    organisation_id INTEGER REFERENCES organisation (id) ON DELETE CASCADE,
    country_code    TEXT REFERENCES country (code),
    name            TEXT,
    UNIQUE (document_id, position),
    CHECK (organisation_id IS NOT NULL OR country_code IS NOT NULL OR coalesce(trim(name), '') <> '')
);
INSERT INTO document_party_rebuilt (document_id, position, organisation_id, country_code, name)
SELECT document_id, position, organisation_id, country_code, name FROM document_party ORDER BY document_id, position;
DROP TABLE document_party;
ALTER TABLE document_party_rebuilt RENAME TO document_party;
CREATE INDEX document_party_organisation ON document_party (organisation_id);
CREATE INDEX document_party_country ON document_party (country_code);
