-- Starts empty: everyone is new.
INSERT INTO stg_customer (customer_id, city, snapshot_date) VALUES
  (1, 'Oslo',   '2024-05-01'),
  (2, 'Bergen', '2024-05-01'),
  (3, 'Tromso', '2024-05-01');
