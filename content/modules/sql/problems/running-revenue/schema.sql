CREATE TABLE orders (
  order_id     INTEGER PRIMARY KEY,
  order_date   TEXT NOT NULL,
  amount_cents INTEGER NOT NULL
);
