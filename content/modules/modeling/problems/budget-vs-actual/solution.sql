-- Bring the expenses up to the budget's grain (dept, month) first; then both sides have one row per
-- key, and the union of their keys decides which rows exist.
WITH actual AS (
  SELECT dept, substr(spent_on, 1, 7) AS month, SUM(amount_cents) AS cents
  FROM fact_expense
  GROUP BY dept, substr(spent_on, 1, 7)
),
keys AS (
  SELECT dept, month FROM fact_budget
  UNION
  SELECT dept, month FROM actual
)
SELECT k.dept, k.month,
       b.budget_cents,
       COALESCE(a.cents, 0)                   AS actual_cents,
       COALESCE(a.cents, 0) - b.budget_cents  AS variance_cents
FROM keys k
LEFT JOIN fact_budget b ON b.dept = k.dept AND b.month = k.month
LEFT JOIN actual a      ON a.dept = k.dept AND a.month = k.month;
