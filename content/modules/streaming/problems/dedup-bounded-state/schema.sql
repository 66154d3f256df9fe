-- The incoming micro-batch, refilled before every run. A resent event is an exact copy.
CREATE TABLE incoming (
  event_id     TEXT NOT NULL,
  event_ts     TEXT NOT NULL CHECK (event_ts GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9] [0-2][0-9]:[0-5][0-9]:[0-5][0-9]'),
  amount_cents INTEGER NOT NULL CHECK (amount_cents >= 0)
);

-- Dedup state: the ids already counted, kept only while they are within the retention horizon.
CREATE TABLE dedup_state (
  event_id TEXT PRIMARY KEY,
  event_ts TEXT NOT NULL
);

-- The sink: revenue per hour of event time, counting each event once.
CREATE TABLE hourly_revenue (
  hour_start   TEXT PRIMARY KEY,
  events       INTEGER NOT NULL,
  amount_cents INTEGER NOT NULL
);
