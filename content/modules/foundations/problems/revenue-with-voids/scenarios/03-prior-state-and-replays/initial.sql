-- Earlier runs: orders 1-3 counted, order 4 voided; a void for order 9 is waiting for its order.
INSERT INTO order_ledger (order_id, restaurant_id, amount_cents, voided) VALUES
  (1, 1, 1000, 0),
  (2, 1,  500, 0),
  (3, 2,  700, 0),
  (4, 2,  300, 1),
  (9, NULL, NULL, 1);
INSERT INTO restaurant_revenue (restaurant_id, revenue_cents, orders) VALUES
  (1, 1500, 2),
  (2,  700, 1);
