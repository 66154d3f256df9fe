-- The allowed moves of the state machine (read-only). A status that is no row's from_state is final.
CREATE TABLE transitions (
  from_state TEXT NOT NULL,
  to_state   TEXT NOT NULL,
  PRIMARY KEY (from_state, to_state)
);

-- The incoming micro-batch, refilled before every run. May repeat events already processed.
CREATE TABLE order_events (
  order_id  INTEGER NOT NULL,
  event_seq INTEGER NOT NULL CHECK (event_seq >= 1),
  to_state  TEXT NOT NULL,
  PRIMARY KEY (order_id, event_seq)
);

-- Keyed state: each order's status and the largest event_seq processed (applied or rejected).
CREATE TABLE orders (
  order_id INTEGER PRIMARY KEY,
  state    TEXT NOT NULL,
  last_seq INTEGER NOT NULL CHECK (last_seq >= 1)
);

-- Rejected events.
CREATE TABLE dead_letters (
  order_id   INTEGER NOT NULL,
  event_seq  INTEGER NOT NULL,
  from_state TEXT NOT NULL,
  to_state   TEXT NOT NULL,
  reason     TEXT NOT NULL CHECK (reason IN ('NOT_ALLOWED', 'FINAL')),
  PRIMARY KEY (order_id, event_seq)
);
