CREATE TABLE payments (
  event_id     INTEGER PRIMARY KEY,
  event_ts     TEXT NOT NULL CHECK (event_ts GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9] [0-2][0-9]:[0-5][0-9]:[0-5][0-9]'),
  amount_cents INTEGER NOT NULL
);
