-- Three customers, loaded from the first snapshot on 2024-01-01.
INSERT INTO dim_customer (customer_sk, customer_id, city, valid_from, valid_to, is_current) VALUES
  (1, 100, 'Lyon',  '2024-01-01', NULL, 1),
  (2, 101, 'Paris', '2024-01-01', NULL, 1),
  (3, 102, 'Nice',  '2024-01-01', NULL, 1);
