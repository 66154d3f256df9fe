-- Batch 2 delivered again: nothing changes. Then order 20 gets paid; 21 is delivered.
INSERT INTO order_events (order_id, event_seq, to_state) VALUES
  (20, 1, 'SHIPPED'),
  (20, 2, 'DELIVERED'),
  (21, 9, 'SHIPPED'),
  (21, 1, 'PAID'),
  (21, 5, 'DELIVERED'),
  (21, 7, 'PAID'),
  (20, 3, 'PAID'),
  (21, 10, 'DELIVERED');
