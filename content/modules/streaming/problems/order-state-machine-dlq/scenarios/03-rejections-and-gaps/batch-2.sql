-- Order 20: every event is rejected, so it stays NEW but still records how far it has read.
-- Order 21: sequence numbers with gaps (1, 5, 9); two invalid events in a row, then a valid one
-- checked against PAID (not against the rejected DELIVERED).
INSERT INTO order_events (order_id, event_seq, to_state) VALUES
  (20, 1, 'SHIPPED'),
  (20, 2, 'DELIVERED'),
  (21, 9, 'SHIPPED'),
  (21, 1, 'PAID'),
  (21, 5, 'DELIVERED'),
  (21, 7, 'PAID');
