-- Reports a missing budget as 0: "no budget was set" becomes "a budget of zero", and the variance
-- becomes the whole spend instead of NULL.
WITH a AS (SELECT dept, substr(spent_on, 1, 7) AS month, SUM(amount_cents) AS c FROM fact_expense GROUP BY 1, 2),
     k AS (SELECT dept, month FROM fact_budget UNION SELECT dept, month FROM a)
SELECT k.dept, k.month, COALESCE(b.budget_cents, 0), COALESCE(a.c, 0), COALESCE(a.c, 0) - COALESCE(b.budget_cents, 0)
FROM k LEFT JOIN fact_budget b ON b.dept = k.dept AND b.month = k.month
LEFT JOIN a ON a.dept = k.dept AND a.month = k.month;
