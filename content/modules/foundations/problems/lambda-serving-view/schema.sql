CREATE TABLE batch_daily_revenue (
  day           TEXT PRIMARY KEY,
  revenue_cents INTEGER NOT NULL
);

-- Exactly one row.
CREATE TABLE batch_meta (
  id              INTEGER PRIMARY KEY CHECK (id = 1),
  covered_through TEXT NOT NULL
);

-- At-least-once delivery: an event_id may repeat, always with identical values.
CREATE TABLE speed_events (
  event_id     INTEGER NOT NULL,
  event_ts     TEXT NOT NULL,
  amount_cents INTEGER NOT NULL
);
