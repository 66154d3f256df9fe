-- Order 10's 'placed' arrives after its 'shipped' (the status must stay 'shipped'). Order 11 ships,
-- and the event is retried in the same batch with an earlier time.
INSERT INTO stg_order_event (event_id, order_id, milestone, event_at) VALUES
  (5, 10, 'placed',  '2024-09-01 20:00:00'),
  (6, 11, 'shipped', '2024-09-04 10:00:00'),
  (7, 11, 'shipped', '2024-09-04 08:30:00');
