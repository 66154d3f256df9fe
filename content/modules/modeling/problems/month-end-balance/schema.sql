CREATE TABLE fact_account_daily (
  snapshot_date TEXT    NOT NULL CHECK (snapshot_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  account_id    INTEGER NOT NULL,
  balance_cents INTEGER NOT NULL,
  PRIMARY KEY (snapshot_date, account_id)
);
