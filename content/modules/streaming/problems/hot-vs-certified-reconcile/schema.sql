-- The latest result the streaming job published for each window (the "hot" answer).
CREATE TABLE hot_windows (
  window_start  TEXT NOT NULL CHECK (window_start IS datetime(window_start)),
  region        TEXT NOT NULL,
  revenue_cents INTEGER,
  PRIMARY KEY (window_start, region)
);

-- The batch audit's recomputation of the same windows (the "certified" answer).
CREATE TABLE certified_windows (
  window_start  TEXT NOT NULL CHECK (window_start IS datetime(window_start)),
  region        TEXT NOT NULL,
  revenue_cents INTEGER,
  PRIMARY KEY (window_start, region)
);

-- Exactly one row: the audit has covered every window that starts before certified_until.
CREATE TABLE audit_meta (
  id              INTEGER PRIMARY KEY CHECK (id = 1),
  certified_until TEXT NOT NULL CHECK (certified_until IS datetime(certified_until))
);
