-- The close of Friday 2024-03-01.
INSERT INTO fact_daily_balance (account_id, balance_date, balance_cents, txn_count) VALUES
  (1, '2024-03-01', 10000, 1),
  (2, '2024-03-01',  5000, 2);
