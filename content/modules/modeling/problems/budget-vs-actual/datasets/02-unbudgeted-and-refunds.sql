-- Legal spent in March without a budget (budget and variance NULL). IT has a refund. Sales spent
-- in another department's budgeted month: departments must match too.
INSERT INTO fact_budget VALUES
  ('it', '2024-03', 5000),
  ('hr', '2024-03', 2000);
INSERT INTO fact_expense VALUES
  (10, 'legal', '2024-03-10', 1200),
  (11, 'it',    '2024-03-01', 6000),
  (12, 'it',    '2024-03-20', -1500),
  (13, 'sales', '2024-03-15', 700);
