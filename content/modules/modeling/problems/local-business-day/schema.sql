CREATE TABLE stores (
  store_id           INTEGER PRIMARY KEY,
  utc_offset_minutes INTEGER NOT NULL CHECK (utc_offset_minutes BETWEEN -720 AND 840)
);

CREATE TABLE sales (
  sale_id      INTEGER PRIMARY KEY,
  store_id     INTEGER NOT NULL REFERENCES stores (store_id),
  sold_at_utc  TEXT NOT NULL CHECK (sold_at_utc GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9] [0-9][0-9]:[0-9][0-9]:[0-9][0-9]'),
  amount_cents INTEGER NOT NULL
);
