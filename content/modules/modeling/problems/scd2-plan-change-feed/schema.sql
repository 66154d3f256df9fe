-- The target: a type 2 dimension, one row per version of an account's plan.
CREATE TABLE dim_account (
  account_sk INTEGER PRIMARY KEY,
  account_id INTEGER NOT NULL,
  plan       TEXT NOT NULL,
  valid_from TEXT NOT NULL,
  valid_to   TEXT,
  is_current INTEGER NOT NULL CHECK (is_current IN (0, 1))
);

-- The incoming batch: plan changes from the billing system's change feed, refilled before every run.
CREATE TABLE stg_plan_change (
  change_id  INTEGER PRIMARY KEY,
  account_id INTEGER NOT NULL,
  plan       TEXT NOT NULL,
  changed_at TEXT NOT NULL,
  UNIQUE (account_id, changed_at)
);
