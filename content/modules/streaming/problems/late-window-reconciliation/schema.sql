-- Written by the stream: plays per five-minute window and title (some windows missed late events).
CREATE TABLE gold_window_counts (
  window_start TEXT NOT NULL CHECK (window_start GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9] [0-2][0-9]:[0-5][0-9]:[0-5][0-9]'),
  title_id     TEXT NOT NULL,
  plays        INTEGER NOT NULL CHECK (plays >= 0),
  PRIMARY KEY (window_start, title_id)
);

-- The certified event table: every play exactly once, late ones included.
CREATE TABLE silver_events (
  event_id TEXT PRIMARY KEY,
  event_ts TEXT NOT NULL CHECK (event_ts GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9] [0-2][0-9]:[0-5][0-9]:[0-5][0-9]'),
  title_id TEXT NOT NULL
);

-- This run's slice of the stream's late-event side output (at-least-once: may repeat events).
CREATE TABLE late_events (
  event_id TEXT NOT NULL,
  event_ts TEXT NOT NULL CHECK (event_ts GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9] [0-2][0-9]:[0-5][0-9]:[0-5][0-9]'),
  title_id TEXT NOT NULL
);
