-- A stand-in for a future release's migration, to test what happens to an existing database.
CREATE TABLE later_change (id INTEGER PRIMARY KEY);
