-- Batch 1 delivered again, plus new events: the old ones change nothing.
INSERT INTO order_events (order_id, event_seq, to_state) VALUES
  (1, 1, 'PAID'),
  (1, 2, 'SHIPPED'),
  (2, 1, 'SHIPPED'),
  (2, 2, 'PAID'),
  (1, 3, 'DELIVERED'),
  (2, 3, 'CANCELLED');
