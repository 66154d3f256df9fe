-- Payment 507 appears twice in the file: both lines are quarantined. 501 is already loaded.
INSERT INTO stg_payment_raw (file_name, line_no, payment_id, customer_id, amount_cents, currency, paid_on) VALUES
  ('pay-0602.csv', 1, 507, 15, 700, 'EUR', '2024-06-02'),
  ('pay-0602.csv', 2, 508, 16, 900, 'EUR', '2024-06-02'),
  ('pay-0602.csv', 3, 507, 15, 700, 'EUR', '2024-06-02'),
  ('pay-0602.csv', 4, 501, 10, 1999,'EUR', '2024-06-01');
