-- 2 is duplicated with different amounts (both quarantined, even the clean-looking one); 3 is
-- duplicated and one copy also has a bad amount (rule 2 comes first: both are duplicates); a NULL
-- payment_id; a text payment_id; zero and negative amounts; a lowercase currency.
INSERT INTO stg_payment_raw (file_name, line_no, payment_id, customer_id, amount_cents, currency, paid_on) VALUES
  ('a.csv', 1, 1,    100, 500,  'EUR', '2024-03-01'),
  ('a.csv', 2, 2,    101, 600,  'EUR', '2024-03-01'),
  ('a.csv', 3, 2,    101, 650,  'EUR', '2024-03-01'),
  ('a.csv', 4, 3,    102, -5,   'USD', '2024-03-01'),
  ('a.csv', 5, 3,    102, 5,    'USD', '2024-03-01'),
  ('a.csv', 6, NULL, 103, 700,  'GBP', '2024-03-01'),
  ('a.csv', 7, '4',  104, 800,  'GBP', '2024-03-01'),
  ('a.csv', 8, 5,    105, 0,    'GBP', '2024-03-01'),
  ('a.csv', 9, 6,    106, 900,  'eur', '2024-03-01'),
  ('a.csv', 10, 7,   107, 1000, 'USD', '2024-03-02');
