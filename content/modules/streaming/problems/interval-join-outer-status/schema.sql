CREATE TABLE impressions (
  imp_id  INTEGER PRIMARY KEY,
  ad_id   TEXT NOT NULL,
  user_id TEXT NOT NULL,
  imp_ts  TEXT NOT NULL CHECK (imp_ts IS datetime(imp_ts))
);

CREATE TABLE clicks (
  click_id INTEGER PRIMARY KEY,
  ad_id    TEXT NOT NULL,
  user_id  TEXT NOT NULL,
  click_ts TEXT NOT NULL CHECK (click_ts IS datetime(click_ts))
);

-- Exactly one row: the allowed delay of each input's watermark, in seconds.
CREATE TABLE params (
  id            INTEGER PRIMARY KEY CHECK (id = 1),
  imp_delay_s   INTEGER NOT NULL CHECK (imp_delay_s >= 0),
  click_delay_s INTEGER NOT NULL CHECK (click_delay_s >= 0)
);
