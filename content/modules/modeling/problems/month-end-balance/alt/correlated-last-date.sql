-- Alternative without window functions: per month, find the last snapshot date with MAX, sum the
-- rows of that date in a correlated subquery, and average daily totals computed in a derived table.
SELECT m.month,
       m.last_date AS month_end_date,
       (SELECT SUM(f.balance_cents) FROM fact_account_daily f WHERE f.snapshot_date = m.last_date)
         AS month_end_balance_cents,
       CAST(ROUND((SELECT AVG(t.total) FROM (
          SELECT SUM(f2.balance_cents) AS total FROM fact_account_daily f2
          WHERE substr(f2.snapshot_date, 1, 7) = m.month
          GROUP BY f2.snapshot_date) AS t)) AS INTEGER) AS avg_daily_balance_cents
FROM (SELECT substr(snapshot_date, 1, 7) AS month, MAX(snapshot_date) AS last_date
      FROM fact_account_daily GROUP BY substr(snapshot_date, 1, 7)) AS m
ORDER BY m.month;
