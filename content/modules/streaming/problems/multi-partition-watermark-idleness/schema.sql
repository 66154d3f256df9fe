CREATE TABLE partitions (
  partition_id INTEGER PRIMARY KEY
);
CREATE TABLE reads (
  read_id      INTEGER PRIMARY KEY,
  partition_id INTEGER NOT NULL REFERENCES partitions (partition_id),
  read_ts      TEXT NOT NULL CHECK (read_ts IS datetime(read_ts)),
  event_ts     TEXT NOT NULL CHECK (event_ts IS datetime(event_ts))
);
CREATE TABLE ticks (
  tick_ts TEXT PRIMARY KEY NOT NULL CHECK (tick_ts IS datetime(tick_ts))
);
-- Exactly one row. idle_s NULL: idleness detection is off.
CREATE TABLE params (
  id      INTEGER PRIMARY KEY CHECK (id = 1),
  bound_s INTEGER NOT NULL CHECK (bound_s >= 0),
  idle_s  INTEGER CHECK (idle_s > 0)
);
