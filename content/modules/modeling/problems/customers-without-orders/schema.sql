CREATE TABLE customers (
  customer_id INTEGER PRIMARY KEY,
  name        TEXT
);

CREATE TABLE orders (
  order_id     INTEGER PRIMARY KEY,
  -- The registered customer, or NULL for a guest checkout.
  customer_id  INTEGER REFERENCES customers (customer_id),
  amount_cents INTEGER NOT NULL
);
