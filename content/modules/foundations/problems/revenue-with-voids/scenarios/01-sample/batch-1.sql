-- Three orders at two restaurants.
INSERT INTO order_events (event_id, op, order_id, restaurant_id, amount_cents) VALUES
  (1, 'place', 100, 1, 2500),
  (2, 'place', 101, 1, 1200),
  (3, 'place', 102, 2,  800);
