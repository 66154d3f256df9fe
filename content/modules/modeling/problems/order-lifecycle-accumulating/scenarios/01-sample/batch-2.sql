-- Both are delivered; order 2 late in the evening three days after it was placed.
INSERT INTO stg_order_event (event_id, order_id, milestone, event_at) VALUES
  (13, 1, 'delivered', '2024-07-04 12:00:00'),
  (14, 2, 'delivered', '2024-07-05 23:30:00');
