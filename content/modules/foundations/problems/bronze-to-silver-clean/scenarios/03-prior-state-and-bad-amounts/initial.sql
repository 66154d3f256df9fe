-- Earlier runs landed these records; silver reflects them. Order 302 is already absent (n/a).
INSERT INTO bronze_orders (raw_id, order_id, amount, ingested_at) VALUES
  (1, '301', '15.00', '2024-09-03 09:00:00'),
  (2, '302', 'n/a',   '2024-09-03 09:00:00'),
  (3, '303', '2.20',  '2024-09-03 09:00:00');
INSERT INTO silver_orders (order_id, amount_cents, ingested_at) VALUES
  (301, 1500, '2024-09-03 09:00:00'),
  (303,  220, '2024-09-03 09:00:00');
