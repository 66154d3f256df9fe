-- Restaurant 6 loses its only order; the void arrives twice in one batch (two events).
INSERT INTO order_events (event_id, op, order_id, restaurant_id, amount_cents) VALUES
  (15, 'void', 202, NULL, NULL),
  (16, 'void', 202, NULL, NULL),
  (17, 'place', 203, 5, 150);
-- Order 204 delivered twice in this batch with different amounts: the smaller event_id stands.
INSERT INTO order_events (event_id, op, order_id, restaurant_id, amount_cents) VALUES
  (19, 'place', 204, 5, 60),
  (18, 'place', 204, 5, 40);
