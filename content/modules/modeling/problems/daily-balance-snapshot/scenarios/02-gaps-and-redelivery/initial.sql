-- Two closed days; account 8 was opened on the second.
INSERT INTO fact_daily_balance (account_id, balance_date, balance_cents, txn_count) VALUES
  (7, '2024-05-02', 3000, 1),
  (7, '2024-05-03', 4200, 2),
  (8, '2024-05-03',  -50, 1);
