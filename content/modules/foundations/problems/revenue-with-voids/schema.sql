-- The target: revenue and order count per restaurant, voided orders excluded.
CREATE TABLE restaurant_revenue (
  restaurant_id INTEGER PRIMARY KEY,
  revenue_cents INTEGER NOT NULL,
  orders        INTEGER NOT NULL
);

-- Yours to keep between runs: every order seen, what it contributed, and whether it is voided.
-- restaurant_id and amount_cents stay NULL for an order known only from its void.
CREATE TABLE order_ledger (
  order_id      INTEGER PRIMARY KEY,
  restaurant_id INTEGER,
  amount_cents  INTEGER,
  voided        INTEGER NOT NULL DEFAULT 0 CHECK (voided IN (0, 1))
);

-- The incoming batch, refilled before every run.
CREATE TABLE order_events (
  event_id      INTEGER PRIMARY KEY,
  op            TEXT NOT NULL CHECK (op IN ('place', 'void')),
  order_id      INTEGER NOT NULL,
  restaurant_id INTEGER,
  amount_cents  INTEGER,
  CHECK ((op = 'place') = (restaurant_id IS NOT NULL AND amount_cents IS NOT NULL))
);
