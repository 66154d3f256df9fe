INSERT INTO new_orders (order_id, restaurant_id, amount_cents) VALUES
  (201, 10, 500),
  (202, 11, 700),
  (203, 10, 300);
