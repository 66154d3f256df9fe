-- Order 1 changes twice in one batch (stored out of order: apply by event_seq). Order 2's first
-- event skips PAID and is rejected; its second event is checked against NEW, and is allowed.
INSERT INTO order_events (order_id, event_seq, to_state) VALUES
  (1, 2, 'SHIPPED'),
  (2, 1, 'SHIPPED'),
  (1, 1, 'PAID'),
  (2, 2, 'PAID');
