-- Order 201's combination is not in the dimension yet: NULL, not the all-UNKNOWN key 9. Order 202
-- has no flags at all and matches row 9. Rows 5 and 6 share payment type and gift wrap: a join on
-- two flags would match both for order 200.
INSERT INTO dim_order_flags VALUES
  (5, 'card', 'N', 'web'),
  (6, 'card', 'N', 'app'),
  (9, 'UNKNOWN', 'UNKNOWN', 'UNKNOWN');
INSERT INTO stg_orders VALUES
  (200, 'card', 'N', 'app'),
  (201, 'voucher', 'Y', 'store'),
  (202, NULL, NULL, NULL);
