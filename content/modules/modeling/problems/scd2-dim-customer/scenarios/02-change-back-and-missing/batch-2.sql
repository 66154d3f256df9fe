-- 1 moves, 2 is unchanged, 3 is missing.
INSERT INTO stg_customer (customer_id, city, snapshot_date) VALUES
  (1, 'Bergen', '2024-05-02'),
  (2, 'Bergen', '2024-05-02');
