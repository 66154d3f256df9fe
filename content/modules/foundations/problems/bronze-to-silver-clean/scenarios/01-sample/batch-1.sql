-- The first file: three orders, one of them retried (raw 3 repeats raw 1), one amount padded.
INSERT INTO landing_orders (raw_id, order_id, amount, ingested_at) VALUES
  (1, '101',  '12.50',  '2024-09-01 10:00:00'),
  (2, '102',  ' 7.5 ',  '2024-09-01 10:01:00'),
  (3, '101',  '12.50',  '2024-09-01 10:02:00'),
  (4, ' 103', '0.29',   '2024-09-01 10:03:00');
