-- The sample: two orders with complete flags, one with no channel captured (it matches the row
-- whose channel is 'UNKNOWN').
INSERT INTO dim_order_flags VALUES
  (1, 'card', 'N', 'web'),
  (2, 'card', 'Y', 'web'),
  (3, 'cash', 'N', 'UNKNOWN'),
  (4, 'UNKNOWN', 'UNKNOWN', 'UNKNOWN');
INSERT INTO stg_orders VALUES
  (100, 'card', 'N', 'web'),
  (101, 'card', 'Y', 'web'),
  (102, 'cash', 'N', NULL);
