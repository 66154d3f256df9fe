-- Averages the account-day rows instead of the daily totals: AVG(balance_cents) is the average
-- balance of one account on one day, not the bank's average daily balance.
WITH daily AS (SELECT strftime('%Y-%m', snapshot_date) AS month, snapshot_date, SUM(balance_cents) AS t
               FROM fact_account_daily GROUP BY snapshot_date)
SELECT strftime('%Y-%m', f.snapshot_date) AS month,
       MAX(f.snapshot_date) AS month_end_date,
       (SELECT d.t FROM daily d WHERE d.month = strftime('%Y-%m', f.snapshot_date) ORDER BY d.snapshot_date DESC LIMIT 1)
         AS month_end_balance_cents,
       CAST(ROUND(AVG(f.balance_cents)) AS INTEGER) AS avg_daily_balance_cents
FROM fact_account_daily f
GROUP BY 1
ORDER BY 1;
