-- This run's slice of a changelog (retract stream), refilled before every run.
CREATE TABLE changelog (
  seq     INTEGER PRIMARY KEY CHECK (seq > 0),
  op      TEXT NOT NULL CHECK (op IN ('+I', '-U', '+U', '-D')),
  country TEXT NOT NULL,
  plays   INTEGER NOT NULL CHECK (plays >= 0)
);

-- The materialized table: the current plays per country.
CREATE TABLE result (
  country TEXT PRIMARY KEY,
  plays   INTEGER NOT NULL
);

-- How far the changelog has been applied. Always exactly one row, id = 1.
CREATE TABLE changelog_progress (
  id       INTEGER PRIMARY KEY CHECK (id = 1),
  last_seq INTEGER NOT NULL
);
