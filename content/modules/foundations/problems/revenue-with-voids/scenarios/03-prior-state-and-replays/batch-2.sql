-- Order 4's old void delivered again; a new order at restaurant 2.
INSERT INTO order_events (event_id, op, order_id, restaurant_id, amount_cents) VALUES
  (53, 'void',  4, NULL, NULL),
  (54, 'place', 10, 2, 450);
