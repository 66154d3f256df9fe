-- Order 10: only 'shipped' so far. Order 12: 'delivered' arrives before 'shipped' (by event_id).
-- Order 11 is placed.
INSERT INTO stg_order_event (event_id, order_id, milestone, event_at) VALUES
  (1, 10, 'shipped',   '2024-09-03 10:00:00'),
  (2, 12, 'delivered', '2024-09-06 15:00:00'),
  (3, 11, 'placed',    '2024-09-02 11:00:00'),
  (4, 12, 'shipped',   '2024-09-04 09:00:00');
