-- The target: running totals per restaurant.
CREATE TABLE restaurant_revenue (
  restaurant_id INTEGER PRIMARY KEY,
  revenue_cents INTEGER NOT NULL,
  orders        INTEGER NOT NULL
);

-- A ledger the script may keep: the orders already folded into the totals.
CREATE TABLE processed_orders (
  order_id INTEGER PRIMARY KEY
);

-- The incoming batch, refilled before every run. Only the batch is visible: no order history.
CREATE TABLE new_orders (
  order_id      INTEGER PRIMARY KEY,
  restaurant_id INTEGER NOT NULL,
  amount_cents  INTEGER NOT NULL
);
