-- 100 unchanged, 101 moves to Lille, 102 unchanged, 103 is new.
INSERT INTO stg_customer (customer_id, city, snapshot_date) VALUES
  (100, 'Lyon',  '2024-02-01'),
  (101, 'Lille', '2024-02-01'),
  (102, 'Nice',  '2024-02-01'),
  (103, 'Brest', '2024-02-01');
