-- Matches the facts on the month only: another department's spending lands in this department's
-- budget line.
WITH a AS (SELECT substr(spent_on, 1, 7) AS month, SUM(amount_cents) AS c FROM fact_expense GROUP BY 1)
SELECT b.dept, b.month, b.budget_cents, COALESCE(a.c, 0), COALESCE(a.c, 0) - b.budget_cents
FROM fact_budget b LEFT JOIN a ON a.month = b.month;
