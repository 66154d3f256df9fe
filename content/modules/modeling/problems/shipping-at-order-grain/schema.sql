CREATE TABLE orders (
  order_id       INTEGER PRIMARY KEY,
  customer_id    INTEGER NOT NULL,
  shipping_cents INTEGER NOT NULL CHECK (shipping_cents >= 0)
);

CREATE TABLE order_lines (
  order_id         INTEGER NOT NULL REFERENCES orders (order_id),
  line_no          INTEGER NOT NULL,
  product          TEXT NOT NULL,
  qty              INTEGER NOT NULL CHECK (qty >= 1),
  unit_price_cents INTEGER NOT NULL CHECK (unit_price_cents >= 0),
  PRIMARY KEY (order_id, line_no)
);
