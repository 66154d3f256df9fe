CREATE TABLE customers (
  customer_id INTEGER PRIMARY KEY,
  name        TEXT
);

CREATE TABLE orders (
  order_id     INTEGER PRIMARY KEY,
  customer_id  INTEGER,
  amount_cents INTEGER NOT NULL
);
