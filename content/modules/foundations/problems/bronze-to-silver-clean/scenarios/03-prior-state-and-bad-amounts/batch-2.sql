-- 301 is priced again; 303 is refunded to zero; a record already in bronze arrives again.
INSERT INTO landing_orders (raw_id, order_id, amount, ingested_at) VALUES
  (7, '301', '14.99', '2024-09-03 11:00:00'),
  (8, '303', '0',     '2024-09-03 11:00:00'),
  (3, '303', '2.20',  '2024-09-03 09:00:00');
