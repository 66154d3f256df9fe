CREATE TABLE dim_order_flags (
  flags_key    INTEGER PRIMARY KEY,
  payment_type TEXT NOT NULL,
  gift_wrap    TEXT NOT NULL,
  channel      TEXT NOT NULL,
  UNIQUE (payment_type, gift_wrap, channel)
);

CREATE TABLE stg_orders (
  order_id     INTEGER PRIMARY KEY,
  payment_type TEXT CHECK (payment_type <> 'UNKNOWN'),
  gift_wrap    TEXT CHECK (gift_wrap <> 'UNKNOWN'),
  channel      TEXT CHECK (channel <> 'UNKNOWN')
);
