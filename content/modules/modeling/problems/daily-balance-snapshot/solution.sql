-- The accounts of the day: every account with an earlier row, plus the ones moving today.
WITH accounts AS (
  SELECT f.account_id
  FROM fact_daily_balance AS f, stg_business_day AS d
  WHERE f.balance_date < d.business_date
  UNION
  SELECT t.account_id FROM stg_transaction AS t
)
INSERT INTO fact_daily_balance (account_id, balance_date, balance_cents, txn_count)
SELECT a.account_id,
       d.business_date,
       -- opening balance: the account's latest row before the day (0 for a new account)...
       COALESCE((SELECT f.balance_cents FROM fact_daily_balance AS f
                 WHERE f.account_id = a.account_id AND f.balance_date < d.business_date
                 ORDER BY f.balance_date DESC LIMIT 1), 0)
       -- ...plus the day's movements (none for a quiet account).
       + COALESCE((SELECT SUM(t.amount_cents) FROM stg_transaction AS t WHERE t.account_id = a.account_id), 0),
       (SELECT COUNT(*) FROM stg_transaction AS t WHERE t.account_id = a.account_id)
FROM accounts AS a, stg_business_day AS d
-- A closed day is final: a redelivered day (or a second run) inserts nothing.
WHERE NOT EXISTS (SELECT 1 FROM fact_daily_balance AS x WHERE x.balance_date = d.business_date);
