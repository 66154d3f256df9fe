-- batch-2 delivered again, plus a retry of 11's 'shipped' with a later time (ignored), an even
-- earlier one (it wins), and order 10's delivery.
INSERT INTO stg_order_event (event_id, order_id, milestone, event_at) VALUES
  (5,  10, 'placed',    '2024-09-01 20:00:00'),
  (6,  11, 'shipped',   '2024-09-04 10:00:00'),
  (7,  11, 'shipped',   '2024-09-04 08:30:00'),
  (8,  11, 'shipped',   '2024-09-05 07:00:00'),
  (9,  11, 'shipped',   '2024-09-04 08:00:00'),
  (10, 10, 'delivered', '2024-09-05 00:10:00');
