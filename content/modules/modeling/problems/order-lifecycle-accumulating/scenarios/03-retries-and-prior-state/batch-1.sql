-- 30's 'shipped' retried with a later time (no change) then delivered across the new year; 31's
-- 'placed' retried with an earlier time, arriving after the first one (the earlier time wins).
INSERT INTO stg_order_event (event_id, order_id, milestone, event_at) VALUES
  (1, 30, 'shipped',   '2024-12-31 18:00:00'),
  (2, 30, 'delivered', '2025-01-02 08:00:00'),
  (3, 31, 'placed',    '2024-12-31 21:45:00');
