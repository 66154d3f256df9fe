-- Treats the balance as additive over time: SUM(balance_cents) over the whole month adds every
-- day's level together, so the "closing balance" grows with the number of snapshot days.
SELECT strftime('%Y-%m', snapshot_date) AS month, MAX(snapshot_date) AS month_end_date,
       SUM(balance_cents) AS month_end_balance_cents,
       CAST(ROUND(SUM(balance_cents) * 1.0 / COUNT(DISTINCT snapshot_date)) AS INTEGER) AS avg_daily_balance_cents
FROM fact_account_daily
GROUP BY 1
ORDER BY 1;
