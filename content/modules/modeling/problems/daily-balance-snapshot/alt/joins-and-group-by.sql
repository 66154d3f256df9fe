-- Set-based: opening balances by joining each account to its latest earlier date, movements by
-- GROUP BY, and a FULL OUTER JOIN (SQLite 3.39+) of the two so quiet and new accounts both appear.
INSERT INTO fact_daily_balance (account_id, balance_date, balance_cents, txn_count)
SELECT COALESCE(o.account_id, m.account_id),
       d.business_date,
       IFNULL(o.balance_cents, 0) + IFNULL(m.net_cents, 0),
       IFNULL(m.txns, 0)
FROM (
  SELECT f.account_id, f.balance_cents
  FROM fact_daily_balance AS f
  JOIN (
    SELECT g.account_id, MAX(g.balance_date) AS last_date
    FROM fact_daily_balance AS g, stg_business_day AS d2
    WHERE g.balance_date < d2.business_date
    GROUP BY g.account_id
  ) AS l ON l.account_id = f.account_id AND l.last_date = f.balance_date
) AS o
FULL OUTER JOIN (
  SELECT account_id, SUM(amount_cents) AS net_cents, COUNT(*) AS txns
  FROM stg_transaction
  GROUP BY account_id
) AS m ON m.account_id = o.account_id
CROSS JOIN stg_business_day AS d
WHERE d.business_date NOT IN (SELECT balance_date FROM fact_daily_balance);
