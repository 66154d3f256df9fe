-- Order 1 is DELIVERED, a final state: a cancellation now is rejected as FINAL. Order 3 is new.
INSERT INTO order_events (order_id, event_seq, to_state) VALUES
  (1, 4, 'CANCELLED'),
  (3, 1, 'CANCELLED');
