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

-- The promises of the statement that span rows, written down: within a slice, a repeated
-- emission_id is an exact copy, a window always has one mode, and a window's emitted_seq names one
-- emission. (A slice that broke them could not come from the job; loading one fails here.)
CREATE TRIGGER panes_promises BEFORE INSERT ON panes
WHEN EXISTS (
  SELECT 1 FROM panes AS p
  WHERE (p.emission_id = NEW.emission_id
         AND (p.title_id <> NEW.title_id OR p.window_start <> NEW.window_start OR p.mode <> NEW.mode
              OR p.value <> NEW.value OR p.emitted_seq <> NEW.emitted_seq))
     OR (p.title_id = NEW.title_id AND p.window_start = NEW.window_start
         AND (p.mode <> NEW.mode
              OR (p.emitted_seq = NEW.emitted_seq AND p.emission_id <> NEW.emission_id)))
)
BEGIN
  SELECT RAISE(ABORT, 'panes: this row contradicts another pane of the slice (see the statement)');
END;

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
