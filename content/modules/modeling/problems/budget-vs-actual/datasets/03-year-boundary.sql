-- December and January of different years, the last and first days of months, and two departments
-- with budgets in the same months.
INSERT INTO fact_budget VALUES
  ('ops', '2023-12', 3000),
  ('ops', '2024-01', 3000),
  ('rnd', '2023-12', 9000);
INSERT INTO fact_expense VALUES
  (20, 'ops', '2023-12-31', 2500),
  (21, 'ops', '2024-01-01', 100),
  (22, 'rnd', '2023-12-01', 4000),
  (23, 'rnd', '2023-12-02', 4000),
  (24, 'rnd', '2024-01-02', 50),
  (25, 'ops', '2024-12-01', 10);
