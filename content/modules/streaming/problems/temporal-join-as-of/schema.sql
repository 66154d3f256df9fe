CREATE TABLE plan_versions (
  user_id    TEXT NOT NULL,
  plan       TEXT NOT NULL,
  valid_from TEXT NOT NULL CHECK (valid_from IS datetime(valid_from)),
  valid_to   TEXT CHECK (valid_to IS NULL OR (valid_to IS datetime(valid_to) AND valid_to > valid_from)),
  PRIMARY KEY (user_id, valid_from)
);

CREATE TABLE events (
  event_id     INTEGER PRIMARY KEY,
  user_id      TEXT NOT NULL,
  event_ts     TEXT NOT NULL CHECK (event_ts IS datetime(event_ts)),
  processed_ts TEXT NOT NULL CHECK (processed_ts IS datetime(processed_ts))
);
