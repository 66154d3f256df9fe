CREATE TABLE orders (
  order_id      INTEGER PRIMARY KEY,
  restaurant_id INTEGER NOT NULL,
  amount_cents  INTEGER NOT NULL
);

-- Maintained incrementally; possibly wrong.
CREATE TABLE restaurant_revenue (
  restaurant_id INTEGER PRIMARY KEY,
  total_cents   INTEGER
);
