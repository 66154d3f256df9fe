CREATE TABLE customer_updates (
  update_id   INTEGER PRIMARY KEY,
  customer_id INTEGER NOT NULL,
  email       TEXT,
  phone       TEXT,
  -- 'YYYY-MM-DD HH:MM:SS': datetime() returns a well-formed timestamp unchanged.
  updated_at  TEXT NOT NULL CHECK (updated_at IS datetime(updated_at))
);
