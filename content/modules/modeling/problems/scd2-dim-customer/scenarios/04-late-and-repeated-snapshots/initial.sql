-- Two customers, first seen on 2024-06-01.
INSERT INTO dim_customer (customer_sk, customer_id, city, valid_from, valid_to, is_current) VALUES
  (1, 20, 'Porto',  '2024-06-01', NULL, 1),
  (2, 21, 'Lisbon', '2024-06-01', NULL, 1);
