-- Alternative: stack the two facts as (dept, month, budget, actual) rows with UNION ALL and
-- aggregate once; MAX keeps the single budget row (NULL when there is none).
SELECT dept, month,
       MAX(budget) AS budget_cents,
       COALESCE(SUM(actual), 0) AS actual_cents,
       COALESCE(SUM(actual), 0) - MAX(budget) AS variance_cents
FROM (
  SELECT dept, month, budget_cents AS budget, NULL AS actual FROM fact_budget
  UNION ALL
  SELECT dept, strftime('%Y-%m', spent_on), NULL, amount_cents FROM fact_expense
) AS stacked
GROUP BY dept, month;
