CREATE TABLE impressions (
  imp_id  INTEGER PRIMARY KEY,
  ad_id   TEXT NOT NULL,
  user_id TEXT NOT NULL,
  imp_ts  TEXT NOT NULL CHECK (imp_ts GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9] [0-2][0-9]:[0-5][0-9]:[0-5][0-9]')
);

CREATE TABLE clicks (
  click_id INTEGER PRIMARY KEY,
  ad_id    TEXT NOT NULL,
  user_id  TEXT NOT NULL,
  click_ts TEXT NOT NULL CHECK (click_ts GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9] [0-2][0-9]:[0-5][0-9]:[0-5][0-9]')
);
