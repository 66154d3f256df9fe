CREATE TABLE snapshot_prev (
  customer_id INTEGER PRIMARY KEY,
  email       TEXT,
  tier        TEXT
);

CREATE TABLE snapshot_curr (
  customer_id INTEGER PRIMARY KEY,
  email       TEXT,
  tier        TEXT
);
