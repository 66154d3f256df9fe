-- Data Vault targets: a hub of business keys and a satellite of their descriptive history.
-- Insert-only: rows are never updated or deleted.
CREATE TABLE hub_customer (
  customer_hk   TEXT PRIMARY KEY,
  customer_bk   TEXT NOT NULL UNIQUE,
  load_ts       TEXT NOT NULL,
  record_source TEXT NOT NULL
);

CREATE TABLE sat_customer (
  customer_hk   TEXT NOT NULL,
  load_ts       TEXT NOT NULL,
  hash_diff     TEXT NOT NULL,
  email         TEXT,
  tier          TEXT,
  record_source TEXT NOT NULL,
  PRIMARY KEY (customer_hk, load_ts)
);

-- The incoming batch, refilled before every run: the load's context (one row)...
CREATE TABLE load_info (
  one_row       INTEGER PRIMARY KEY DEFAULT 1 CHECK (one_row = 1),
  load_ts       TEXT NOT NULL,
  record_source TEXT NOT NULL
);

-- ...and the source extract, as typed at the source.
CREATE TABLE stg_customer_extract (
  line_no       INTEGER PRIMARY KEY,
  customer_code TEXT,
  email         TEXT,
  tier          TEXT
);
