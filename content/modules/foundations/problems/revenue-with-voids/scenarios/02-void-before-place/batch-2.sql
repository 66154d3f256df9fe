-- Order 201 finally arrives: it was voided before, so it never counts, but restaurant 7 gets
-- its row (0 and 0). The void of 200 is delivered again.
INSERT INTO order_events (event_id, op, order_id, restaurant_id, amount_cents) VALUES
  (14, 'place', 201, 7,    4200),
  (12, 'void',  200, NULL, NULL);
