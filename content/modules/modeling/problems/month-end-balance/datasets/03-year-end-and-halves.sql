-- December and January across a year change, a leap-day February whose last snapshot is the 29th,
-- and averages that end in exactly .5 (rounded away from zero). Three accounts, one closing in
-- January and one opening in February.
INSERT INTO fact_account_daily VALUES
  ('2023-12-30', 1, 100), ('2023-12-30', 2, 200), ('2023-12-30', 3, 300),
  ('2023-12-31', 1, 101), ('2023-12-31', 2, 200), ('2023-12-31', 3, 300),
  ('2024-01-02', 1, 150), ('2024-01-02', 2, 200),
  ('2024-01-31', 1, 151), ('2024-01-31', 2, 200),
  ('2024-02-01', 1, 10),  ('2024-02-01', 4, 5),
  ('2024-02-29', 1, 20),  ('2024-02-29', 4, 6);
