-- The target: a type 1 product dimension, one row per product, overwritten in place.
CREATE TABLE dim_product (
  product_sk   INTEGER PRIMARY KEY,
  product_id   INTEGER NOT NULL UNIQUE,
  name         TEXT NOT NULL,
  category     TEXT,
  last_extract TEXT NOT NULL
);

-- The change ledger: what each overwrite replaced.
CREATE TABLE product_changes (
  product_id   INTEGER NOT NULL,
  extracted_at TEXT NOT NULL,
  old_name     TEXT NOT NULL,
  new_name     TEXT NOT NULL,
  old_category TEXT,
  new_category TEXT,
  PRIMARY KEY (product_id, extracted_at)
);

-- The incoming batch: one extract per product, refilled before every run.
CREATE TABLE stg_product (
  product_id   INTEGER PRIMARY KEY,
  name         TEXT NOT NULL,
  category     TEXT,
  extracted_at TEXT NOT NULL
);
