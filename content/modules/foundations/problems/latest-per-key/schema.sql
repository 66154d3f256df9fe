CREATE TABLE customer_updates (
  update_id   INTEGER PRIMARY KEY,
  customer_id INTEGER NOT NULL,
  email       TEXT,
  phone       TEXT,
  updated_at  TEXT NOT NULL
);
