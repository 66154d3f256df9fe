-- 1 returns to Bergen a second time; 2, reappearing after a missing day, and 3 both move.
INSERT INTO stg_customer (customer_id, city, snapshot_date) VALUES
  (1, 'Bergen',    '2024-05-04'),
  (2, 'Stavanger', '2024-05-04'),
  (3, 'Bodo',      '2024-05-04'),
  (4, 'Oslo',      '2024-05-04');
