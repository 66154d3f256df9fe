-- A balance adds up across accounts on one day but not across days. So: one row per snapshot
-- date with the day's total, then per month the total of its latest snapshot date and the
-- average of its daily totals.
WITH daily AS (
  SELECT snapshot_date, strftime('%Y-%m', snapshot_date) AS month, SUM(balance_cents) AS total_cents
  FROM fact_account_daily
  GROUP BY snapshot_date
),
ranked AS (
  SELECT month, snapshot_date, total_cents,
         ROW_NUMBER() OVER (PARTITION BY month ORDER BY snapshot_date DESC) AS rn,
         AVG(total_cents) OVER (PARTITION BY month)                        AS avg_total
  FROM daily
)
SELECT month,
       snapshot_date                   AS month_end_date,
       total_cents                     AS month_end_balance_cents,
       CAST(ROUND(avg_total) AS INTEGER) AS avg_daily_balance_cents
FROM ranked
WHERE rn = 1
ORDER BY month;
