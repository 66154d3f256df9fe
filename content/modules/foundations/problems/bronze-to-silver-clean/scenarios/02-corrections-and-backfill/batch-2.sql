-- The same file delivered again: nothing changes.
INSERT INTO landing_orders (raw_id, order_id, amount, ingested_at) VALUES
  (10, '201', '20',    '2024-09-02 08:00:00'),
  (11, '202', '1.15',  '2024-09-02 08:00:00'),
  (12, '203', '5.00',  '2024-09-02 08:05:00'),
  (13, '204', '8.00',  '2024-09-02 08:06:00');
