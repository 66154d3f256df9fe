-- Three clean lines, a text amount, a NULL currency and an impossible date.
INSERT INTO stg_payment_raw (file_name, line_no, payment_id, customer_id, amount_cents, currency, paid_on) VALUES
  ('pay-0601.csv', 1, 501, 10, 1999,    'EUR', '2024-06-01'),
  ('pay-0601.csv', 2, 502, 11, '12.50', 'EUR', '2024-06-01'),
  ('pay-0601.csv', 3, 503, 12, 450,     NULL,  '2024-06-01'),
  ('pay-0601.csv', 4, 504, 10, 300,     'USD', '2024-02-30'),
  ('pay-0601.csv', 5, 505, 13, 8000,    'GBP', '2024-05-31'),
  ('pay-0601.csv', 6, 506, 14, 120,     'USD', '2024-06-01');
