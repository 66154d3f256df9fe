-- Takes each account's last row in the month: an account that closed mid-month still contributes
-- its last balance to the month end, though it holds nothing on the closing date.
WITH last_rows AS (
  SELECT strftime('%Y-%m', snapshot_date) AS month, account_id, balance_cents,
         ROW_NUMBER() OVER (PARTITION BY strftime('%Y-%m', snapshot_date), account_id ORDER BY snapshot_date DESC) AS rn
  FROM fact_account_daily
),
daily AS (SELECT strftime('%Y-%m', snapshot_date) AS month, snapshot_date, SUM(balance_cents) AS t
          FROM fact_account_daily GROUP BY snapshot_date)
SELECT l.month,
       (SELECT MAX(snapshot_date) FROM daily d WHERE d.month = l.month) AS month_end_date,
       SUM(l.balance_cents) AS month_end_balance_cents,
       (SELECT CAST(ROUND(AVG(t)) AS INTEGER) FROM daily d WHERE d.month = l.month) AS avg_daily_balance_cents
FROM last_rows l WHERE l.rn = 1
GROUP BY l.month
ORDER BY l.month;
