CREATE TABLE dim_store (
  store_id INTEGER PRIMARY KEY,
  region   TEXT NOT NULL
);

CREATE TABLE fact_sales_line (
  line_id      INTEGER PRIMARY KEY,
  store_id     INTEGER NOT NULL REFERENCES dim_store (store_id),
  invoice_no   INTEGER NOT NULL CHECK (invoice_no >= 1),
  amount_cents INTEGER NOT NULL
);
