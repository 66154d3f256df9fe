-- Order 9 arrives (already voided); order 2 is voided now; order 1 is delivered again.
INSERT INTO order_events (event_id, op, order_id, restaurant_id, amount_cents) VALUES
  (50, 'place', 9, 3, 999),
  (51, 'void',  2, NULL, NULL),
  (52, 'place', 1, 1, 1000);
