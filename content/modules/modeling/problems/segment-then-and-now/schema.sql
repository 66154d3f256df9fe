CREATE TABLE dim_customer (
  customer_sk INTEGER PRIMARY KEY,
  customer_id INTEGER NOT NULL,
  segment     TEXT NOT NULL,
  is_current  INTEGER NOT NULL CHECK (is_current IN (0, 1))
);
-- Exactly one current version per customer: at most one by this index (at least one is part of
-- the data contract the datasets follow).
CREATE UNIQUE INDEX one_current_version ON dim_customer (customer_id) WHERE is_current = 1;

CREATE TABLE fact_orders (
  order_id     INTEGER PRIMARY KEY,
  customer_sk  INTEGER NOT NULL REFERENCES dim_customer (customer_sk),
  amount_cents INTEGER NOT NULL
);
