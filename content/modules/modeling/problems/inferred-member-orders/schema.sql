-- The customer dimension: real members and inferred placeholders, one row per customer.
CREATE TABLE dim_customer (
  customer_key INTEGER PRIMARY KEY,
  customer_id  INTEGER NOT NULL UNIQUE,
  name         TEXT,
  segment      TEXT,
  is_inferred  INTEGER NOT NULL CHECK (is_inferred IN (0, 1))
);

-- The order fact: every order points at a dimension row, never at nothing.
CREATE TABLE fact_orders (
  order_id     INTEGER PRIMARY KEY,
  customer_key INTEGER NOT NULL,
  amount_cents INTEGER NOT NULL
);

-- The incoming batch, refilled before every run: customer records from the CRM...
CREATE TABLE stg_customer (
  customer_id INTEGER PRIMARY KEY,
  name        TEXT NOT NULL,
  segment     TEXT NOT NULL
);

-- ...and orders from the shop, which often arrive before the CRM has sent the customer.
CREATE TABLE stg_orders (
  order_id     INTEGER PRIMARY KEY,
  customer_id  INTEGER NOT NULL,
  amount_cents INTEGER NOT NULL
);
