-- 31 delivered without any 'shipped' event (status 'delivered' all the same); 32 placed and
-- delivered the same day; a second 'delivered' for 30, later (ignored).
INSERT INTO stg_order_event (event_id, order_id, milestone, event_at) VALUES
  (4, 31, 'delivered', '2025-01-03 12:00:00'),
  (5, 32, 'delivered', '2025-01-03 18:00:00'),
  (6, 32, 'placed',    '2025-01-03 07:00:00'),
  (7, 30, 'delivered', '2025-01-04 08:00:00');
