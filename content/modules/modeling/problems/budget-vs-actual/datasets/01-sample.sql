-- The sample: marketing has a January budget of 10000 and three January expenses (the budget
-- must not be repeated per expense); February has a budget and no expenses (actual 0).
INSERT INTO fact_budget VALUES
  ('marketing', '2024-01', 10000),
  ('marketing', '2024-02', 8000);
INSERT INTO fact_expense VALUES
  (1, 'marketing', '2024-01-05', 4000),
  (2, 'marketing', '2024-01-17', 3500),
  (3, 'marketing', '2024-01-31', 3000);
