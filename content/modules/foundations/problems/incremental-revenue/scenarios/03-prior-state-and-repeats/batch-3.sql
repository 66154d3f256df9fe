-- Order 6 again (from two runs ago), and restaurant 5 first seen.
INSERT INTO new_orders (order_id, restaurant_id, amount_cents) VALUES
  (6, 1, 700),
  (8, 4, 200),
  (9, 5,  50);
