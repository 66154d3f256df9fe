-- Bronze: every raw record ever landed, as it arrived.
CREATE TABLE bronze_orders (
  raw_id      INTEGER PRIMARY KEY,
  order_id    TEXT NOT NULL,
  amount      TEXT NOT NULL,
  ingested_at TEXT NOT NULL
);

-- Silver: one typed row per order whose current version is valid.
CREATE TABLE silver_orders (
  order_id     INTEGER PRIMARY KEY,
  amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
  ingested_at  TEXT NOT NULL
);

-- The file landed for this run, refilled before every run.
CREATE TABLE landing_orders (
  raw_id      INTEGER PRIMARY KEY,
  order_id    TEXT NOT NULL,
  amount      TEXT NOT NULL,
  ingested_at TEXT NOT NULL
);
