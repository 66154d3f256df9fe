-- Order 5 was counted by an earlier run; restaurant 4 is new.
INSERT INTO new_orders (order_id, restaurant_id, amount_cents) VALUES
  (5, 2, 1200),
  (6, 1,  700),
  (7, 4,  300);
