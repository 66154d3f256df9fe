-- The sample: two accounts over three days at the end of January and two in February. January's
-- closing balance is the 31st's total (700 + 300), not the sum of every day's balances.
INSERT INTO fact_account_daily VALUES
  ('2024-01-29', 1, 500), ('2024-01-29', 2, 300),
  ('2024-01-30', 1, 600), ('2024-01-30', 2, 300),
  ('2024-01-31', 1, 700), ('2024-01-31', 2, 300),
  ('2024-02-01', 1, 700), ('2024-02-01', 2, 100),
  ('2024-02-02', 1, 650), ('2024-02-02', 2, 100);
