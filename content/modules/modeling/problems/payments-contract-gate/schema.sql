-- The landing table: a payments file as delivered, one row per line. The value columns have no
-- declared type, so SQLite keeps each value exactly as it came (integer, real, text or NULL).
CREATE TABLE stg_payment_raw (
  file_name    TEXT NOT NULL,
  line_no      INTEGER NOT NULL,
  payment_id,
  customer_id,
  amount_cents,
  currency,
  paid_on,
  PRIMARY KEY (file_name, line_no)
);

-- The clean table downstream jobs trust.
CREATE TABLE payments (
  payment_id   INTEGER PRIMARY KEY,
  customer_id  INTEGER NOT NULL,
  amount_cents INTEGER NOT NULL,
  currency     TEXT NOT NULL,
  paid_on      TEXT NOT NULL,
  file_name    TEXT NOT NULL
);

-- The lines that broke the contract, with the first rule each one broke.
CREATE TABLE payment_quarantine (
  file_name TEXT NOT NULL,
  line_no   INTEGER NOT NULL,
  reason    TEXT NOT NULL,
  PRIMARY KEY (file_name, line_no)
);
