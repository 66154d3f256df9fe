-- A correction for 101 (coupon), an order the app failed to price, and 102's amount lost in a
-- later correction: 102 must leave silver.
INSERT INTO landing_orders (raw_id, order_id, amount, ingested_at) VALUES
  (5, '101', '10.00', '2024-09-01 11:00:00'),
  (6, '104', 'n/a',   '2024-09-01 11:01:00'),
  (7, '102', '',      '2024-09-01 11:02:00');
