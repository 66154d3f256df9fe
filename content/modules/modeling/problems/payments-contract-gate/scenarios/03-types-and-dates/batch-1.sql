-- Types: a real amount, a whole-number real, a text customer_id, an integer date; dates: a missing
-- zero, a timestamp, 13th month, a leap day (valid in 2024), a non-leap 29 February.
INSERT INTO stg_payment_raw (file_name, line_no, payment_id, customer_id, amount_cents, currency, paid_on) VALUES
  ('t.csv', 1,  900, 1,   12.5,   'EUR', '2024-01-05'),
  ('t.csv', 2,  901, 1,   1250.0, 'EUR', '2024-01-05'),
  ('t.csv', 3,  902, '1', 1250,   'EUR', '2024-01-05'),
  ('t.csv', 4,  903, 1,   1250,   'EUR', 20240105),
  ('t.csv', 5,  904, 1,   1250,   'EUR', '2024-1-05'),
  ('t.csv', 6,  905, 1,   1250,   'EUR', '2024-01-05 10:00:00'),
  ('t.csv', 7,  906, 1,   1250,   'EUR', '2024-13-01'),
  ('t.csv', 8,  907, 1,   1250,   'GBP', '2024-02-29'),
  ('t.csv', 9,  908, 1,   1250,   'GBP', '2023-02-29'),
  ('t.csv', 10, 909, NULL, NULL,  NULL,  NULL),
  ('t.csv', 11, 910, 2,   '0',    'USD', '2024-01-05');
