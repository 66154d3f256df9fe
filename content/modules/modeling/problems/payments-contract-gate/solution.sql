-- 1. One verdict per line: the reason of the first broken rule, or NULL when the line is clean.
CREATE TEMP TABLE checked AS
SELECT r.*,
       CASE
         WHEN typeof(r.payment_id) <> 'integer' THEN 'bad_payment_id'
         WHEN (SELECT COUNT(*) FROM stg_payment_raw AS x
               WHERE typeof(x.payment_id) = 'integer' AND x.payment_id = r.payment_id) > 1
           THEN 'duplicate_payment_id'
         WHEN typeof(r.customer_id) <> 'integer' THEN 'bad_customer_id'
         WHEN typeof(r.amount_cents) <> 'integer' OR r.amount_cents <= 0 THEN 'bad_amount'
         -- IN is NULL for a NULL currency, so test for NULL first.
         WHEN r.currency IS NULL OR r.currency NOT IN ('EUR', 'USD', 'GBP') THEN 'bad_currency'
         WHEN typeof(r.paid_on) <> 'text' OR date(r.paid_on) IS NOT r.paid_on THEN 'bad_date'
       END AS reason
FROM stg_payment_raw AS r;

-- 2. Bad lines to quarantine, once.
INSERT INTO payment_quarantine (file_name, line_no, reason)
SELECT c.file_name, c.line_no, c.reason
FROM checked AS c
WHERE c.reason IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM payment_quarantine AS q
                  WHERE q.file_name = c.file_name AND q.line_no = c.line_no);

-- 3. Clean lines to payments, once per payment_id.
INSERT INTO payments (payment_id, customer_id, amount_cents, currency, paid_on, file_name)
SELECT c.payment_id, c.customer_id, c.amount_cents, c.currency, c.paid_on, c.file_name
FROM checked AS c
WHERE c.reason IS NULL
  AND NOT EXISTS (SELECT 1 FROM payments AS p WHERE p.payment_id = c.payment_id);
