CREATE TABLE batches (
  batch_id INTEGER PRIMARY KEY
);

CREATE TABLE stream_events (
  event_id      INTEGER PRIMARY KEY,
  batch_id      INTEGER NOT NULL REFERENCES batches (batch_id),
  restaurant_id INTEGER,
  customer_id   INTEGER,
  amount_cents  INTEGER NOT NULL
);
