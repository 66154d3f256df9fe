-- The target: a type 2 dimension, one row per version of a customer.
CREATE TABLE dim_customer (
  customer_sk INTEGER PRIMARY KEY,
  customer_id INTEGER NOT NULL,
  city        TEXT NOT NULL,
  valid_from  TEXT NOT NULL,
  valid_to    TEXT,
  is_current  INTEGER NOT NULL
);

-- The incoming batch: the source's full snapshot on one date, refilled before every run.
CREATE TABLE stg_customer (
  customer_id   INTEGER PRIMARY KEY,
  city          TEXT NOT NULL,
  snapshot_date TEXT NOT NULL CHECK (snapshot_date IS date(snapshot_date))
);
