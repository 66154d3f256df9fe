-- Averages with integer division (SUM / COUNT of integers): the fraction is truncated, so an
-- average of 1366.67 becomes 1366 instead of rounding to 1367.
WITH daily AS (SELECT strftime('%Y-%m', snapshot_date) AS month, snapshot_date, SUM(balance_cents) AS t
               FROM fact_account_daily GROUP BY snapshot_date)
SELECT month, MAX(snapshot_date) AS month_end_date,
       (SELECT d2.t FROM daily d2 WHERE d2.month = d.month ORDER BY d2.snapshot_date DESC LIMIT 1) AS month_end_balance_cents,
       SUM(t) / COUNT(*) AS avg_daily_balance_cents
FROM daily d
GROUP BY month
ORDER BY month;
