-- The micro-batch of this run, refilled before every run: exactly one row.
CREATE TABLE batch_info (
  batch_id INTEGER PRIMARY KEY CHECK (batch_id >= 0)
);

-- The events of this run's micro-batch (possibly none).
CREATE TABLE batch_events (
  event_id INTEGER PRIMARY KEY,
  event_ts TEXT NOT NULL CHECK (event_ts IS datetime(event_ts)),
  page     TEXT NOT NULL
);

-- The sink: page views per 10-minute window of event time and page.
CREATE TABLE window_counts (
  window_start TEXT NOT NULL CHECK (window_start IS datetime(window_start)),
  page         TEXT NOT NULL,
  views        INTEGER NOT NULL CHECK (views > 0),
  PRIMARY KEY (window_start, page)
);

-- The side output: events that arrived after their window had closed.
CREATE TABLE late_events (
  batch_id INTEGER NOT NULL,
  event_id INTEGER NOT NULL,
  event_ts TEXT NOT NULL,
  page     TEXT NOT NULL,
  PRIMARY KEY (batch_id, event_id)
);

-- The job's own commit log: one row per applied batch, with the greatest event time it brought.
CREATE TABLE batch_log (
  batch_id     INTEGER PRIMARY KEY,
  max_event_ts TEXT CHECK (max_event_ts IS datetime(max_event_ts))
);
