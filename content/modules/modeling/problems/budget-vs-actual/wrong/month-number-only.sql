-- Buckets expenses by month number without the year: December 2023 and December 2024 are added
-- together.
WITH a AS (SELECT dept, strftime('%m', spent_on) AS mm, SUM(amount_cents) AS c FROM fact_expense GROUP BY 1, 2),
     k AS (SELECT dept, month FROM fact_budget
           UNION SELECT e.dept, MIN(substr(e.spent_on, 1, 7)) FROM fact_expense e GROUP BY e.dept, strftime('%m', e.spent_on))
SELECT k.dept, k.month, b.budget_cents, COALESCE(a.c, 0), COALESCE(a.c, 0) - b.budget_cents
FROM k LEFT JOIN fact_budget b ON b.dept = k.dept AND b.month = k.month
LEFT JOIN a ON a.dept = k.dept AND a.mm = substr(k.month, 6, 2);
