CREATE TABLE orders (
  order_id     INTEGER PRIMARY KEY,
  order_date   TEXT NOT NULL CHECK (order_date IS date(order_date)),
  amount_cents INTEGER NOT NULL
);
