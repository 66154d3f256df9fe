-- The first batch: three orders for two restaurants.
INSERT INTO new_orders (order_id, restaurant_id, amount_cents) VALUES
  (101, 1, 1250),
  (102, 2,  800),
  (103, 1,  450);
