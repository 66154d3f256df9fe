-- This run's deliveries of window results (panes), refilled before every run. A redelivered
-- emission is an exact copy.
CREATE TABLE panes (
  emission_id  INTEGER NOT NULL,
  title_id     TEXT NOT NULL,
  window_start TEXT NOT NULL CHECK (window_start GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9] [0-2][0-9]:[0-5][0-9]:[0-5][0-9]'),
  mode         TEXT NOT NULL CHECK (mode IN ('ACC', 'DISC')),
  value        INTEGER NOT NULL,
  emitted_seq  INTEGER NOT NULL CHECK (emitted_seq > 0)
);

-- The sink: the current total per title and window.
CREATE TABLE window_totals (
  title_id     TEXT NOT NULL,
  window_start TEXT NOT NULL,
  total        INTEGER NOT NULL,
  last_seq     INTEGER NOT NULL,
  PRIMARY KEY (title_id, window_start)
);

-- Emissions already applied, so redeliveries can be recognised.
CREATE TABLE applied_emissions (
  emission_id INTEGER PRIMARY KEY
);
