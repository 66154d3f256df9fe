-- Joins each expense to its month's budget and then sums: the budget is repeated once per
-- transaction, so a month with three expenses shows three times its budget.
SELECT b.dept, b.month, SUM(b.budget_cents), COALESCE(SUM(e.amount_cents), 0),
       COALESCE(SUM(e.amount_cents), 0) - SUM(b.budget_cents)
FROM fact_budget b
LEFT JOIN fact_expense e ON e.dept = b.dept AND substr(e.spent_on, 1, 7) = b.month
GROUP BY b.dept, b.month;
