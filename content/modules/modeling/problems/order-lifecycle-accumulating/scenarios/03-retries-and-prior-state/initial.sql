-- Rows loaded by earlier runs.
INSERT INTO fact_order_lifecycle (order_id, placed_at, shipped_at, delivered_at, status, days_to_deliver) VALUES
  (30, '2024-12-30 10:00:00', '2024-12-31 09:00:00', NULL, 'shipped', NULL),
  (31, '2024-12-31 22:00:00', NULL, NULL, 'placed', NULL);
