CREATE TABLE dim_customer (
  customer_key INTEGER PRIMARY KEY,
  segment      TEXT NOT NULL
);

CREATE TABLE fact_orders (
  order_id     INTEGER PRIMARY KEY,
  customer_key INTEGER NOT NULL REFERENCES dim_customer (customer_key),
  amount_cents INTEGER NOT NULL
);

CREATE TABLE fact_returns (
  return_id    INTEGER PRIMARY KEY,
  customer_key INTEGER NOT NULL REFERENCES dim_customer (customer_key),
  refund_cents INTEGER NOT NULL
);
