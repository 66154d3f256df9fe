-- The batch has just run and the speed layer is empty: only batch rows.
INSERT INTO batch_meta VALUES (1, '2024-12-31');
INSERT INTO batch_daily_revenue VALUES
  ('2024-12-30', 700),
  ('2024-12-31', 800);
