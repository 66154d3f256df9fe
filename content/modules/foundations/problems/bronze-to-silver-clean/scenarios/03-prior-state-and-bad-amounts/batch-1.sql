-- 302 finally gets a price; 301 loses its price in a broken retry; 304 has a padded order id.
INSERT INTO landing_orders (raw_id, order_id, amount, ingested_at) VALUES
  (4, '302', ' 3.30',  '2024-09-03 10:00:00'),
  (5, '301', 'n/a',    '2024-09-03 10:00:00'),
  (6, ' 304 ', '0.57', '2024-09-03 10:01:00');
