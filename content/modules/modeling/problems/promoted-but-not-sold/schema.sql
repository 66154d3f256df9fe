CREATE TABLE fact_promo_coverage (
  day        TEXT    NOT NULL,
  store_id   INTEGER NOT NULL,
  product_id INTEGER NOT NULL,
  PRIMARY KEY (day, store_id, product_id)
);

CREATE TABLE fact_sales (
  sale_id    INTEGER PRIMARY KEY,
  day        TEXT    NOT NULL,
  store_id   INTEGER NOT NULL,
  product_id INTEGER NOT NULL,
  qty        INTEGER NOT NULL CHECK (qty <> 0)
);
