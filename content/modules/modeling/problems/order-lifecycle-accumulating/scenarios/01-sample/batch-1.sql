-- Order 1 ships; order 2 is placed and shipped in the same batch.
INSERT INTO stg_order_event (event_id, order_id, milestone, event_at) VALUES
  (10, 1, 'shipped', '2024-07-02 10:00:00'),
  (11, 2, 'placed',  '2024-07-02 08:00:00'),
  (12, 2, 'shipped', '2024-07-02 17:00:00');
