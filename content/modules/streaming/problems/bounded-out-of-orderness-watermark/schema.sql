CREATE TABLE arrivals (
  arrival_seq INTEGER PRIMARY KEY,
  event_id    TEXT NOT NULL UNIQUE,
  event_ts    TEXT NOT NULL CHECK (event_ts IS datetime(event_ts))
);
-- Exactly one row: the out-of-orderness bound in whole seconds.
CREATE TABLE params (
  id      INTEGER PRIMARY KEY CHECK (id = 1),
  bound_s INTEGER NOT NULL CHECK (bound_s >= 0)
);
