-- Restaurant 6 loses its only order; the void arrives twice in one batch (two events).
INSERT INTO order_events (event_id, op, order_id, restaurant_id, amount_cents) VALUES
  (15, 'void', 202, NULL, NULL),
  (16, 'void', 202, NULL, NULL),
  (17, 'place', 203, 5, 150);
