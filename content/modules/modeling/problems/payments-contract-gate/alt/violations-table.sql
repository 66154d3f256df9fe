-- Every broken rule of every line as a row (rule number, reason), then the first one per line.
CREATE TEMP TABLE violation AS
SELECT file_name, line_no, 1 AS rule_no, 'bad_payment_id' AS reason
FROM stg_payment_raw WHERE payment_id IS NULL OR typeof(payment_id) != 'integer'
UNION ALL
SELECT r.file_name, r.line_no, 2, 'duplicate_payment_id'
FROM stg_payment_raw AS r
JOIN (SELECT payment_id FROM stg_payment_raw WHERE typeof(payment_id) = 'integer'
      GROUP BY payment_id HAVING COUNT(*) >= 2) AS d
  ON d.payment_id = r.payment_id AND typeof(r.payment_id) = 'integer'
UNION ALL
SELECT file_name, line_no, 3, 'bad_customer_id'
FROM stg_payment_raw WHERE typeof(customer_id) != 'integer'
UNION ALL
SELECT file_name, line_no, 4, 'bad_amount'
FROM stg_payment_raw WHERE NOT (typeof(amount_cents) = 'integer' AND amount_cents >= 1)
UNION ALL
SELECT file_name, line_no, 5, 'bad_currency'
FROM stg_payment_raw WHERE COALESCE(currency IN ('EUR', 'USD', 'GBP'), 0) = 0
UNION ALL
SELECT file_name, line_no, 6, 'bad_date'
FROM stg_payment_raw
WHERE typeof(paid_on) != 'text' OR COALESCE(strftime('%Y-%m-%d', paid_on) = paid_on, 0) = 0;

INSERT OR IGNORE INTO payment_quarantine (file_name, line_no, reason)
SELECT v.file_name, v.line_no, v.reason
FROM violation AS v
WHERE v.rule_no = (SELECT MIN(w.rule_no) FROM violation AS w
                   WHERE w.file_name = v.file_name AND w.line_no = v.line_no);

INSERT OR IGNORE INTO payments (payment_id, customer_id, amount_cents, currency, paid_on, file_name)
SELECT r.payment_id, r.customer_id, r.amount_cents, r.currency, r.paid_on, r.file_name
FROM stg_payment_raw AS r
LEFT JOIN violation AS v ON v.file_name = r.file_name AND v.line_no = r.line_no
WHERE v.line_no IS NULL;
