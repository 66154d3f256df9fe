INSERT INTO dim_customer (customer_sk, customer_id, segment, current_segment, valid_from, valid_to, is_current) VALUES
  (10, 7, 'gold',   'silver', '2023-01-01', '2023-06-01', 0),
  (11, 7, 'silver', 'silver', '2023-06-01', NULL, 1),
  (12, 8, 'bronze', 'bronze', '2023-03-01', NULL, 1),
  (13, 9, 'gold',   'gold',   '2024-02-01', NULL, 1);
