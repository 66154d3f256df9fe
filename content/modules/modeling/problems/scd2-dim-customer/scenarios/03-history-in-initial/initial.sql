-- A dimension with history: customer 7 lived in Rome, then Milan.
INSERT INTO dim_customer (customer_sk, customer_id, city, valid_from, valid_to, is_current) VALUES
  (10, 7, 'Rome',  '2023-01-01', '2023-06-01', 0),
  (11, 7, 'Milan', '2023-06-01', NULL, 1),
  (12, 8, 'Turin', '2023-01-01', NULL, 1),
  (13, 9, 'Genoa', '2023-02-01', NULL, 1);
