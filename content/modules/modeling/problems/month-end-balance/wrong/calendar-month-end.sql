-- Reads the balance on the calendar's last day of the month: when the feed missed that day there
-- is nothing to read, and the month's closing balance comes out NULL.
WITH months AS (SELECT DISTINCT strftime('%Y-%m', snapshot_date) AS month FROM fact_account_daily),
daily AS (SELECT strftime('%Y-%m', snapshot_date) AS month, snapshot_date, SUM(balance_cents) AS t
          FROM fact_account_daily GROUP BY snapshot_date)
SELECT m.month,
       date(m.month || '-01', '+1 month', '-1 day') AS month_end_date,
       (SELECT SUM(balance_cents) FROM fact_account_daily
         WHERE snapshot_date = date(m.month || '-01', '+1 month', '-1 day')) AS month_end_balance_cents,
       (SELECT CAST(ROUND(AVG(t)) AS INTEGER) FROM daily d WHERE d.month = m.month) AS avg_daily_balance_cents
FROM months m
ORDER BY m.month;
