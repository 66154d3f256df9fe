-- The target: a periodic snapshot fact, one row per account per closed business day.
CREATE TABLE fact_daily_balance (
  account_id    INTEGER NOT NULL,
  balance_date  TEXT NOT NULL,
  balance_cents INTEGER NOT NULL,
  txn_count     INTEGER NOT NULL,
  PRIMARY KEY (account_id, balance_date)
);

-- The incoming batch, refilled before every run: the business day being closed (one row, or none)...
CREATE TABLE stg_business_day (
  one_row       INTEGER PRIMARY KEY DEFAULT 1 CHECK (one_row = 1),
  business_date TEXT NOT NULL
);

-- ...and that day's transactions.
CREATE TABLE stg_transaction (
  txn_id       INTEGER PRIMARY KEY,
  account_id   INTEGER NOT NULL,
  amount_cents INTEGER NOT NULL
);
