-- Stores the day's net movement as the balance, treating a semi-additive measure as if it were
-- additive: the balance is a running level, not the day's flow.
WITH accounts AS (
  SELECT f.account_id FROM fact_daily_balance AS f, stg_business_day AS d
  WHERE f.balance_date < d.business_date
  UNION
  SELECT t.account_id FROM stg_transaction AS t
)
INSERT INTO fact_daily_balance (account_id, balance_date, balance_cents, txn_count)
SELECT a.account_id, d.business_date,
       COALESCE((SELECT SUM(t.amount_cents) FROM stg_transaction AS t WHERE t.account_id = a.account_id), 0),
       (SELECT COUNT(*) FROM stg_transaction AS t WHERE t.account_id = a.account_id)
FROM accounts AS a, stg_business_day AS d
WHERE NOT EXISTS (SELECT 1 FROM fact_daily_balance AS x WHERE x.balance_date = d.business_date);
