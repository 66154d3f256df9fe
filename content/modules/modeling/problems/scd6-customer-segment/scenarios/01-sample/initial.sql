-- Customer 1 was 'new' then 'bronze'; customer 2 is 'silver'.
INSERT INTO dim_customer (customer_sk, customer_id, segment, current_segment, valid_from, valid_to, is_current) VALUES
  (1, 1, 'new',    'bronze', '2023-10-01', '2024-01-01', 0),
  (2, 1, 'bronze', 'bronze', '2024-01-01', NULL, 1),
  (3, 2, 'silver', 'silver', '2024-01-01', NULL, 1);
