CREATE TABLE orders (
  order_id       INTEGER PRIMARY KEY,
  region         TEXT CHECK (region <> 'ZZ'),
  status         TEXT,
  discount_cents INTEGER CHECK (discount_cents >= 0),
  coupon_code    TEXT
);
