CREATE TABLE dim_subscriber (
  subscriber_sk INTEGER PRIMARY KEY,
  subscriber_id INTEGER NOT NULL,
  plan          TEXT CHECK (plan NOT IN ('UNKNOWN', 'NONE')),
  valid_from    TEXT NOT NULL CHECK (valid_from GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9] [0-9][0-9]:[0-9][0-9]:[0-9][0-9]'),
  valid_to      TEXT CHECK (valid_to GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9] [0-9][0-9]:[0-9][0-9]:[0-9][0-9]' AND valid_to > valid_from),
  is_current    INTEGER NOT NULL CHECK (is_current IN (0, 1)),
  UNIQUE (subscriber_id, valid_from)
);

CREATE TABLE fact_sessions (
  session_id    INTEGER PRIMARY KEY,
  subscriber_id INTEGER NOT NULL,
  started_at    TEXT NOT NULL CHECK (started_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9] [0-9][0-9]:[0-9][0-9]:[0-9][0-9]'),
  watch_ms      INTEGER NOT NULL
);
