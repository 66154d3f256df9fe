CREATE TABLE price_history (
  product_id     INTEGER NOT NULL,
  effective_from TEXT    NOT NULL CHECK (effective_from GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9] [0-9][0-9]:[0-9][0-9]:[0-9][0-9]'),
  price_cents    INTEGER NOT NULL,
  PRIMARY KEY (product_id, effective_from)
);

CREATE TABLE order_lines (
  line_id    INTEGER PRIMARY KEY,
  product_id INTEGER NOT NULL,
  ordered_at TEXT    NOT NULL CHECK (ordered_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9] [0-9][0-9]:[0-9][0-9]:[0-9][0-9]'),
  qty        INTEGER NOT NULL CHECK (qty >= 1)
);
