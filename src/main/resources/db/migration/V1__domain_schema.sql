-- Protocol Desk domain schema. Conventions: docs/decisions/0002-schema-conventions.md
--   * surrogate keys: id INTEGER PRIMARY KEY (the rowid); ISO 3166 alpha-2 code for countries
--   * dates are DATE columns holding ISO-8601 text 'YYYY-MM-DD', checked with date(x) IS x
--   * local times are TEXT 'HH:MM', together with the IANA zone of the place (time_zone)
--   * enum-like columns are lower_snake_case TEXT with a CHECK listing the allowed values
--   * sort_key columns hold the accent-free, case-folded name, written by the store layer
--   * link tables cascade on delete of either side; a deleted owner or origin sets NULL

CREATE TABLE country (
    code TEXT PRIMARY KEY CHECK (length(code) = 2 AND code = upper(code)),
    name TEXT NOT NULL CHECK (trim(name) <> '')
);

CREATE TABLE organisation (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL CHECK (trim(name) <> ''),
    short_name   TEXT,
    kind         TEXT NOT NULL CHECK (kind IN ('prosecutors_office', 'ministry', 'international_organisation',
                                               'embassy', 'court', 'government', 'law_enforcement', 'other')),
    country_code TEXT REFERENCES country (code),
    notes        TEXT,
    sort_key     TEXT NOT NULL
);
CREATE INDEX organisation_country ON organisation (country_code);
CREATE INDEX organisation_sort ON organisation (sort_key);

-- A person: a counterpart (side 'theirs') or a member of our own office (side 'ours').
CREATE TABLE person (
    id                  INTEGER PRIMARY KEY,
    side                TEXT NOT NULL DEFAULT 'theirs' CHECK (side IN ('ours', 'theirs')),
    full_name           TEXT NOT NULL CHECK (trim(full_name) <> ''),
    honorific           TEXT,
    given_name          TEXT,
    family_name         TEXT,
    address_written     TEXT,
    address_salutation  TEXT,
    address_spoken      TEXT,
    pronunciation       TEXT,
    country_code        TEXT REFERENCES country (code),
    birth_date          DATE CHECK (birth_date IS NULL OR date(birth_date) IS birth_date),
    birth_place         TEXT,
    interpreter_needed  INTEGER NOT NULL DEFAULT 0 CHECK (interpreter_needed IN (0, 1)),
    spouse              TEXT,
    photo               BLOB,
    biography           TEXT,
    protocol_notes      TEXT,
    dietary_notes       TEXT,
    sensitivities       TEXT,
    preferences         TEXT,
    assistant           TEXT,
    email               TEXT,
    phone               TEXT,
    profile_source      TEXT,
    profile_as_of       DATE CHECK (profile_as_of IS NULL OR date(profile_as_of) IS profile_as_of),
    sort_key            TEXT NOT NULL
);
CREATE INDEX person_side_sort ON person (side, sort_key);
CREATE INDEX person_country ON person (country_code);

-- Other spellings and transliterations of a person's name.
CREATE TABLE person_alias (
    person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    spelling  TEXT NOT NULL CHECK (trim(spelling) <> ''),
    PRIMARY KEY (person_id, spelling)
);

-- Languages, most fluent first (rank 1).
CREATE TABLE person_language (
    person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    rank      INTEGER NOT NULL CHECK (rank >= 1),
    language  TEXT NOT NULL CHECK (trim(language) <> ''),
    PRIMARY KEY (person_id, rank)
);

CREATE TABLE gift (
    id          INTEGER PRIMARY KEY,
    person_id   INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    direction   TEXT NOT NULL CHECK (direction IN ('given', 'received')),
    description TEXT NOT NULL CHECK (trim(description) <> ''),
    given_on    DATE CHECK (given_on IS NULL OR date(given_on) IS given_on),
    occasion    TEXT
);
CREATE INDEX gift_person ON gift (person_id);

-- Who held which post, and when. to_date NULL: still in post (or not known to have left).
CREATE TABLE post (
    id              INTEGER PRIMARY KEY,
    person_id       INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    organisation_id INTEGER REFERENCES organisation (id) ON DELETE SET NULL,
    title           TEXT NOT NULL CHECK (trim(title) <> ''),
    from_date       DATE CHECK (from_date IS NULL OR date(from_date) IS from_date),
    to_date         DATE CHECK (to_date IS NULL OR date(to_date) IS to_date),
    CHECK (from_date IS NULL OR to_date IS NULL OR to_date >= from_date)
);
CREATE INDEX post_person ON post (person_id, from_date);
CREATE INDEX post_organisation ON post (organisation_id, from_date);

CREATE TABLE event (
    id                   INTEGER PRIMARY KEY,
    name                 TEXT NOT NULL CHECK (trim(name) <> ''),
    series               TEXT,
    edition              INTEGER CHECK (edition IS NULL OR edition >= 1),
    city                 TEXT,
    country_code         TEXT REFERENCES country (code),
    venue                TEXT,
    start_date           DATE NOT NULL CHECK (date(start_date) IS start_date),
    end_date             DATE NOT NULL CHECK (date(end_date) IS end_date),
    time_zone            TEXT,
    host_organisation_id INTEGER REFERENCES organisation (id) ON DELETE SET NULL,
    notes                TEXT,
    CHECK (end_date >= start_date)
);
CREATE INDEX event_dates ON event (start_date, end_date);
CREATE INDEX event_country ON event (country_code, start_date);

CREATE TABLE trip (
    id          INTEGER PRIMARY KEY,
    title       TEXT NOT NULL CHECK (trim(title) <> ''),
    purpose     TEXT,
    objectives  TEXT,
    start_date  DATE NOT NULL CHECK (date(start_date) IS start_date),
    end_date    DATE NOT NULL CHECK (date(end_date) IS end_date),
    status      TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'under_way', 'completed')),
    notes       TEXT,
    CHECK (end_date >= start_date)
);
CREATE INDEX trip_dates ON trip (start_date, end_date);

CREATE TABLE trip_destination (
    trip_id      INTEGER NOT NULL REFERENCES trip (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL CHECK (position >= 1),
    city         TEXT NOT NULL CHECK (trim(city) <> ''),
    country_code TEXT REFERENCES country (code),
    PRIMARY KEY (trip_id, position)
);
CREATE INDEX trip_destination_country ON trip_destination (country_code);

-- Our delegation, in order of precedence (1 = head of delegation).
CREATE TABLE trip_member (
    trip_id    INTEGER NOT NULL REFERENCES trip (id) ON DELETE CASCADE,
    person_id  INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    precedence INTEGER NOT NULL CHECK (precedence >= 1),
    role       TEXT,
    PRIMARY KEY (trip_id, person_id),
    UNIQUE (trip_id, precedence)
);
CREATE INDEX trip_member_person ON trip_member (person_id);

CREATE TABLE trip_event (
    trip_id  INTEGER NOT NULL REFERENCES trip (id) ON DELETE CASCADE,
    event_id INTEGER NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    PRIMARY KEY (trip_id, event_id)
);
CREATE INDEX trip_event_event ON trip_event (event_id);

-- A meeting keeps the local date and time of the place where it happened, and that place's zone.
CREATE TABLE meeting (
    id           INTEGER PRIMARY KEY,
    kind         TEXT NOT NULL CHECK (kind IN ('bilateral', 'sideline', 'courtesy_call', 'signing', 'multilateral')),
    title        TEXT,
    local_date   DATE NOT NULL CHECK (date(local_date) IS local_date),
    start_time   TEXT CHECK (start_time IS NULL OR (length(start_time) = 5 AND time(start_time || ':00') IS start_time || ':00')),
    end_time     TEXT CHECK (end_time IS NULL OR (length(end_time) = 5 AND time(end_time || ':00') IS end_time || ':00')),
    time_zone    TEXT NOT NULL CHECK (trim(time_zone) <> ''),
    place        TEXT,
    city         TEXT,
    country_code TEXT REFERENCES country (code),
    trip_id      INTEGER REFERENCES trip (id) ON DELETE SET NULL,
    event_id     INTEGER REFERENCES event (id) ON DELETE SET NULL,
    summary      TEXT,
    CHECK (end_time IS NULL OR (start_time IS NOT NULL AND end_time >= start_time))
);
CREATE INDEX meeting_date ON meeting (local_date);
CREATE INDEX meeting_trip ON meeting (trip_id, local_date);
CREATE INDEX meeting_event ON meeting (event_id, local_date);
CREATE INDEX meeting_country ON meeting (country_code, local_date);

-- Everyone present: our participants and the counterparts met (the person's side tells which).
CREATE TABLE meeting_attendee (
    meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    person_id  INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    PRIMARY KEY (meeting_id, person_id)
);
CREATE INDEX meeting_attendee_person ON meeting_attendee (person_id, meeting_id);

CREATE TABLE topic (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (trim(name) <> '')
);
CREATE UNIQUE INDEX topic_name ON topic (name COLLATE NOCASE);

CREATE TABLE meeting_topic (
    meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    topic_id   INTEGER NOT NULL REFERENCES topic (id) ON DELETE CASCADE,
    PRIMARY KEY (meeting_id, topic_id)
);
CREATE INDEX meeting_topic_topic ON meeting_topic (topic_id);

CREATE TABLE outcome (
    id         INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL CHECK (position >= 1),
    kind       TEXT NOT NULL CHECK (kind IN ('agreement', 'decision', 'invitation', 'request',
                                             'document_signed', 'information_exchanged')),
    text       TEXT NOT NULL CHECK (trim(text) <> ''),
    UNIQUE (meeting_id, position)
);

CREATE TABLE follow_up (
    id              INTEGER PRIMARY KEY,
    text            TEXT NOT NULL CHECK (trim(text) <> ''),
    owed_by         TEXT NOT NULL CHECK (owed_by IN ('us', 'them')),
    owner_person_id INTEGER REFERENCES person (id) ON DELETE SET NULL,
    due_date        DATE CHECK (due_date IS NULL OR date(due_date) IS due_date),
    done_date       DATE CHECK (done_date IS NULL OR date(done_date) IS done_date),
    status          TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'dropped')),
    meeting_id      INTEGER REFERENCES meeting (id) ON DELETE SET NULL,
    CHECK ((status = 'done') = (done_date IS NOT NULL))
);
CREATE INDEX follow_up_open_due ON follow_up (due_date) WHERE status = 'open';
CREATE INDEX follow_up_meeting ON follow_up (meeting_id);
CREATE INDEX follow_up_owner ON follow_up (owner_person_id);

CREATE TABLE invitation (
    id                      INTEGER PRIMARY KEY,
    direction               TEXT NOT NULL CHECK (direction IN ('incoming', 'outgoing')),
    occasion                TEXT NOT NULL CHECK (occasion IN ('official_visit', 'working_visit', 'conference',
                                                             'ceremony', 'other')),
    description             TEXT,
    inviter_person_id       INTEGER REFERENCES person (id) ON DELETE SET NULL,
    inviter_organisation_id INTEGER REFERENCES organisation (id) ON DELETE SET NULL,
    invitee_person_id       INTEGER REFERENCES person (id) ON DELETE SET NULL,
    invitee_organisation_id INTEGER REFERENCES organisation (id) ON DELETE SET NULL,
    place                   TEXT,
    country_code            TEXT REFERENCES country (code),
    proposed_start          DATE CHECK (proposed_start IS NULL OR date(proposed_start) IS proposed_start),
    proposed_end            DATE CHECK (proposed_end IS NULL OR date(proposed_end) IS proposed_end),
    extended_on             DATE CHECK (extended_on IS NULL OR date(extended_on) IS extended_on),
    extended_at_meeting_id  INTEGER REFERENCES meeting (id) ON DELETE SET NULL,
    reply_deadline          DATE CHECK (reply_deadline IS NULL OR date(reply_deadline) IS reply_deadline),
    status                  TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'declined',
                                                                             'fulfilled', 'lapsed')),
    fulfilled_by_trip_id    INTEGER REFERENCES trip (id) ON DELETE SET NULL,
    fulfilled_by_event_id   INTEGER REFERENCES event (id) ON DELETE SET NULL,
    notes                   TEXT,
    CHECK (proposed_start IS NULL OR proposed_end IS NULL OR proposed_end >= proposed_start)
);
CREATE INDEX invitation_pending_deadline ON invitation (reply_deadline) WHERE status = 'pending';
CREATE INDEX invitation_inviter_person ON invitation (inviter_person_id);
CREATE INDEX invitation_invitee_person ON invitation (invitee_person_id);
CREATE INDEX invitation_country ON invitation (country_code);

CREATE TABLE document (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('agreement', 'memorandum', 'programme', 'declaration',
                                              'protocol', 'plan', 'charter', 'other')),
    title       TEXT NOT NULL CHECK (trim(title) <> ''),
    status      TEXT NOT NULL CHECK (status IN ('signed', 'adopted', 'draft')),
    concluded_on DATE CHECK (concluded_on IS NULL OR date(concluded_on) IS concluded_on),
    place       TEXT,
    valid_from  DATE CHECK (valid_from IS NULL OR date(valid_from) IS valid_from),
    valid_until DATE CHECK (valid_until IS NULL OR date(valid_until) IS valid_until),
    meeting_id  INTEGER REFERENCES meeting (id) ON DELETE SET NULL,
    event_id    INTEGER REFERENCES event (id) ON DELETE SET NULL,
    notes       TEXT,
    CHECK (valid_from IS NULL OR valid_until IS NULL OR valid_until >= valid_from)
);
CREATE INDEX document_concluded ON document (concluded_on);
CREATE INDEX document_event ON document (event_id);
CREATE INDEX document_meeting ON document (meeting_id);

-- A party to a document: an organisation, a country, or a name when neither is recorded.
CREATE TABLE document_party (
    document_id     INTEGER NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL CHECK (position >= 1),
    organisation_id INTEGER REFERENCES organisation (id) ON DELETE CASCADE,
    country_code    TEXT REFERENCES country (code),
    name            TEXT,
    PRIMARY KEY (document_id, position),
    CHECK (organisation_id IS NOT NULL OR country_code IS NOT NULL OR trim(name) <> '')
);

-- Briefing notes and trip reports as they were handed over, kept with the time they were made.
CREATE TABLE generated_document (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('briefing_note', 'trip_report')),
    title       TEXT NOT NULL CHECK (trim(title) <> ''),
    format      TEXT NOT NULL CHECK (format IN ('pdf', 'docx', 'markdown')),
    version     INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    created_at  TEXT NOT NULL CHECK (datetime(created_at) IS NOT NULL),
    trip_id     INTEGER REFERENCES trip (id) ON DELETE SET NULL,
    content     BLOB NOT NULL
);
CREATE INDEX generated_document_trip ON generated_document (trip_id, created_at);

-- Rows that came from the bundled demo data set, so that it can be removed in one action.
CREATE TABLE demo_row (
    table_name TEXT NOT NULL CHECK (table_name IN ('organisation', 'person', 'event', 'trip', 'meeting',
                                                   'topic', 'follow_up', 'invitation', 'document')),
    row_key    TEXT NOT NULL,
    PRIMARY KEY (table_name, row_key)
);

CREATE TABLE app_setting (
    key   TEXT PRIMARY KEY,
    value TEXT
);

-- Full-text search over names, organisations, notes, summaries and outcomes; accent-insensitive.
-- rowid = source id * 8 + source kind (1 person, 2 organisation, 3 meeting, 4 outcome), so that
-- the triggers below update one entry by key.
CREATE VIRTUAL TABLE search_index USING fts5(
    kind UNINDEXED, ref_id UNINDEXED, title, body,
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER person_search_insert AFTER INSERT ON person BEGIN
    INSERT INTO search_index (rowid, kind, ref_id, title, body)
    VALUES (new.id * 8 + 1, 'person', new.id, new.full_name,
            concat_ws(' ', new.honorific, new.biography, new.protocol_notes, new.preferences));
END;
CREATE TRIGGER person_search_update AFTER UPDATE ON person BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 1;
    INSERT INTO search_index (rowid, kind, ref_id, title, body)
    VALUES (new.id * 8 + 1, 'person', new.id, new.full_name,
            concat_ws(' ', new.honorific, new.biography, new.protocol_notes, new.preferences));
END;
CREATE TRIGGER person_search_delete AFTER DELETE ON person BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 1;
END;

CREATE TRIGGER organisation_search_insert AFTER INSERT ON organisation BEGIN
    INSERT INTO search_index (rowid, kind, ref_id, title, body)
    VALUES (new.id * 8 + 2, 'organisation', new.id, new.name, concat_ws(' ', new.short_name, new.notes));
END;
CREATE TRIGGER organisation_search_update AFTER UPDATE ON organisation BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 2;
    INSERT INTO search_index (rowid, kind, ref_id, title, body)
    VALUES (new.id * 8 + 2, 'organisation', new.id, new.name, concat_ws(' ', new.short_name, new.notes));
END;
CREATE TRIGGER organisation_search_delete AFTER DELETE ON organisation BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 2;
END;

CREATE TRIGGER meeting_search_insert AFTER INSERT ON meeting BEGIN
    INSERT INTO search_index (rowid, kind, ref_id, title, body)
    VALUES (new.id * 8 + 3, 'meeting', new.id, new.title, concat_ws(' ', new.place, new.city, new.summary));
END;
CREATE TRIGGER meeting_search_update AFTER UPDATE ON meeting BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 3;
    INSERT INTO search_index (rowid, kind, ref_id, title, body)
    VALUES (new.id * 8 + 3, 'meeting', new.id, new.title, concat_ws(' ', new.place, new.city, new.summary));
END;
CREATE TRIGGER meeting_search_delete AFTER DELETE ON meeting BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 3;
END;

CREATE TRIGGER outcome_search_insert AFTER INSERT ON outcome BEGIN
    INSERT INTO search_index (rowid, kind, ref_id, title, body)
    VALUES (new.id * 8 + 4, 'outcome', new.id, NULL, new.text);
END;
CREATE TRIGGER outcome_search_update AFTER UPDATE ON outcome BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 4;
    INSERT INTO search_index (rowid, kind, ref_id, title, body)
    VALUES (new.id * 8 + 4, 'outcome', new.id, NULL, new.text);
END;
CREATE TRIGGER outcome_search_delete AFTER DELETE ON outcome BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 4;
END;
