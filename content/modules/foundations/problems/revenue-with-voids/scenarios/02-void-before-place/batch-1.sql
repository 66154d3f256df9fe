-- A void for an order that has not arrived yet; order 200 placed and voided in the same batch.
INSERT INTO order_events (event_id, op, order_id, restaurant_id, amount_cents) VALUES
  (10, 'void',  201, NULL, NULL),
  (11, 'place', 200, 5,    3000),
  (12, 'void',  200, NULL, NULL),
  (13, 'place', 202, 6,    700);
