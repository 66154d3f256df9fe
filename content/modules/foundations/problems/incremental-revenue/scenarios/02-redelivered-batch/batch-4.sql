-- batch-1's orders come back once more, next to two new orders (restaurant 13 is new).
INSERT INTO new_orders (order_id, restaurant_id, amount_cents) VALUES
  (201, 10,  500),
  (202, 11,  700),
  (203, 10,  300),
  (206, 10,  100),
  (207, 13, 4000);
