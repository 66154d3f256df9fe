-- 7 goes back to Rome (a city in its history), 8 unchanged, 9 missing, 10 new.
INSERT INTO stg_customer (customer_id, city, snapshot_date) VALUES
  (7,  'Rome',  '2024-01-15'),
  (8,  'Turin', '2024-01-15'),
  (10, 'Pisa',  '2024-01-15');
