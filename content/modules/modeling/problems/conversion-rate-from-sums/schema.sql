CREATE TABLE fact_channel_daily (
  day             TEXT    NOT NULL,
  channel         TEXT    NOT NULL,
  visits          INTEGER NOT NULL CHECK (visits >= 0),
  orders          INTEGER NOT NULL CHECK (orders >= 0 AND orders <= visits),
  conversion_rate REAL,
  PRIMARY KEY (day, channel)
);
