-- The target: each customer's newest profile, and which edit it came from.
CREATE TABLE customers (
  customer_id  INTEGER PRIMARY KEY,
  phone        TEXT,
  email        TEXT,
  updated_at   TEXT NOT NULL,
  last_edit_id INTEGER NOT NULL
);

-- The incoming batch of edits, refilled before every run.
CREATE TABLE customer_edits (
  edit_id     INTEGER PRIMARY KEY,
  customer_id INTEGER NOT NULL,
  phone       TEXT,
  email       TEXT,
  edited_at   TEXT NOT NULL
);
