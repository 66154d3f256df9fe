-- batch-2 delivered a second time, unchanged.
INSERT INTO new_orders (order_id, restaurant_id, amount_cents) VALUES
  (204, 11, 1000),
  (205, 12,  250);
