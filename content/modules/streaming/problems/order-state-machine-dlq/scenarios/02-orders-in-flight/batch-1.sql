-- Order 10: event 3 is at or below last_seq 4 (already processed), then three changes in one
-- batch; the second asks for SHIPPED again and is rejected, the third is checked against SHIPPED.
-- Order 11 is CANCELLED (final). Order 12 finally gets paid.
INSERT INTO order_events (order_id, event_seq, to_state) VALUES
  (10, 7, 'DELIVERED'),
  (10, 3, 'SHIPPED'),
  (10, 6, 'SHIPPED'),
  (10, 5, 'SHIPPED'),
  (11, 3, 'PAID'),
  (12, 2, 'PAID');
