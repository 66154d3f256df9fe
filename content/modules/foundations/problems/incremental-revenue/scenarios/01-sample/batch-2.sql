-- Order 103 is delivered again; restaurant 3 appears for the first time.
INSERT INTO new_orders (order_id, restaurant_id, amount_cents) VALUES
  (103, 1,  450),
  (104, 2, 1500),
  (105, 3,  999);
