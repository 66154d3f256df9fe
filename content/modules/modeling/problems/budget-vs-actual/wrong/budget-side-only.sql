-- Starts from the budget: spending in a month without a budget row disappears from the report.
WITH a AS (SELECT dept, substr(spent_on, 1, 7) AS month, SUM(amount_cents) AS c FROM fact_expense GROUP BY 1, 2)
SELECT b.dept, b.month, b.budget_cents, COALESCE(a.c, 0), COALESCE(a.c, 0) - b.budget_cents
FROM fact_budget b LEFT JOIN a ON a.dept = b.dept AND a.month = b.month;
