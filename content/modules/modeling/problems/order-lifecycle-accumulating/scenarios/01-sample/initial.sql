-- Order 1 was placed on 1 July.
INSERT INTO fact_order_lifecycle (order_id, placed_at, shipped_at, delivered_at, status, days_to_deliver) VALUES
  (1, '2024-07-01 09:00:00', NULL, NULL, 'placed', NULL);
