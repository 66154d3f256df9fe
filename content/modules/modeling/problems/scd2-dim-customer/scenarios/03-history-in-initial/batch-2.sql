-- 9 is back, and has moved; 8 is missing.
INSERT INTO stg_customer (customer_id, city, snapshot_date) VALUES
  (7,  'Rome', '2024-02-15'),
  (9,  'Bari', '2024-02-15'),
  (10, 'Pisa', '2024-02-15');
