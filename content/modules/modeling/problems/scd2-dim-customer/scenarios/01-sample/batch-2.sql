-- 101 moves back to Paris; 102 is missing from this snapshot (left alone).
INSERT INTO stg_customer (customer_id, city, snapshot_date) VALUES
  (100, 'Lyon',  '2024-03-01'),
  (101, 'Paris', '2024-03-01'),
  (103, 'Brest', '2024-03-01');
