CREATE TABLE dim_date (
  date_key  INTEGER PRIMARY KEY,
  full_date TEXT NOT NULL UNIQUE,
  day_name  TEXT NOT NULL CHECK (day_name IN ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'))
);

CREATE TABLE fact_fulfillment (
  order_id          INTEGER PRIMARY KEY,
  order_date_key    INTEGER NOT NULL REFERENCES dim_date (date_key),
  ship_date_key     INTEGER REFERENCES dim_date (date_key),
  delivery_date_key INTEGER REFERENCES dim_date (date_key),
  total_cents       INTEGER NOT NULL,
  CHECK (delivery_date_key IS NULL OR ship_date_key IS NOT NULL)
);
