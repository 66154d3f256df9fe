-- A corrected file: 2 and 3 are sent once each now and load; 1 is already loaded (skipped, even
-- with another amount); 6 is fixed; two NULL payment_ids are not duplicates of each other, just bad.
INSERT INTO stg_payment_raw (file_name, line_no, payment_id, customer_id, amount_cents, currency, paid_on) VALUES
  ('b.csv', 1, 2,    101, 650, 'EUR', '2024-03-01'),
  ('b.csv', 2, 3,    102, 5,   'USD', '2024-03-01'),
  ('b.csv', 3, 1,    100, 501, 'EUR', '2024-03-01'),
  ('b.csv', 4, 6,    106, 900, 'EUR', '2024-03-01'),
  ('b.csv', 5, NULL, 108, 100, 'EUR', '2024-03-03'),
  ('b.csv', 6, NULL, 109, 100, 'EUR', '2024-03-03');
