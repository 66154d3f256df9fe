-- Order 6 again (from two runs ago) with a changed amount: the first delivery stands. Order 2,
-- counted before the scenario began, redelivered. Restaurant 5 first seen.
INSERT INTO new_orders (order_id, restaurant_id, amount_cents) VALUES
  (2, 1, 1000),
  (6, 1, 950),
  (8, 4, 200),
  (9, 5,  50);
