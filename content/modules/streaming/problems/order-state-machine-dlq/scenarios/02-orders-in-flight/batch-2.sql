-- Part of batch 1 again, mixed with new events: 12 ships; 10's redelivered events change nothing.
INSERT INTO order_events (order_id, event_seq, to_state) VALUES
  (10, 6, 'SHIPPED'),
  (10, 7, 'DELIVERED'),
  (12, 2, 'PAID'),
  (12, 3, 'SHIPPED');
