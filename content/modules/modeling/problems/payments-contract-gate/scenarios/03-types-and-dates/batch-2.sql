-- Payment 907 arrives again in another file, duplicated there (rule 2 comes first, so both lines
-- are quarantined even though 907 is already loaded); a clean 911.
INSERT INTO stg_payment_raw (file_name, line_no, payment_id, customer_id, amount_cents, currency, paid_on) VALUES
  ('u.csv', 1, 907, 1, 1250, 'GBP', '2024-02-29'),
  ('u.csv', 2, 907, 1, 1250, 'GBP', '2024-02-29'),
  ('u.csv', 3, 911, 3, 75,   'USD', '2024-01-06');
