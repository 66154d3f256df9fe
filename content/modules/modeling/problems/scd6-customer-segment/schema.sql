-- The target: type 2 versions (segment, valid_from, valid_to, is_current) carrying a type 1
-- column (current_segment) that is overwritten on every version of the customer.
CREATE TABLE dim_customer (
  customer_sk     INTEGER PRIMARY KEY,
  customer_id     INTEGER NOT NULL,
  segment         TEXT NOT NULL,
  current_segment TEXT NOT NULL,
  valid_from      TEXT NOT NULL,
  valid_to        TEXT,
  is_current      INTEGER NOT NULL CHECK (is_current IN (0, 1))
);

-- The incoming batch: the segments the scoring job assigned in one run, refilled before every run.
CREATE TABLE stg_segment (
  customer_id INTEGER PRIMARY KEY,
  segment     TEXT NOT NULL,
  scored_on   TEXT NOT NULL
);
