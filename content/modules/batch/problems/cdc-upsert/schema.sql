-- The target: one row per customer ever seen, deleted ones kept as tombstones.
CREATE TABLE customers (
  customer_id INTEGER PRIMARY KEY,
  email       TEXT,
  updated_seq INTEGER NOT NULL,
  is_deleted  INTEGER NOT NULL DEFAULT 0
);

-- The incoming batch of change events, refilled before every run.
CREATE TABLE cdc_batch (
  seq         INTEGER PRIMARY KEY,
  op          TEXT NOT NULL CHECK (op IN ('I', 'U', 'D')),
  customer_id INTEGER NOT NULL,
  -- The email after an I or U; a D carries none.
  email       TEXT CHECK (op <> 'D' OR email IS NULL)
);
