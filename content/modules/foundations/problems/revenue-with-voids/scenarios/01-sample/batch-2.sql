-- Order 101 is voided; a new order at restaurant 2; order 102 delivered again.
INSERT INTO order_events (event_id, op, order_id, restaurant_id, amount_cents) VALUES
  (4, 'void',  101, NULL, NULL),
  (5, 'place', 103, 2,    950),
  (3, 'place', 102, 2,    800);
