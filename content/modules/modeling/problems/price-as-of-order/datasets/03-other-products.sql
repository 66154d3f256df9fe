-- Two products whose price changes interleave in time: each line must use its own product's
-- history. Product 3 got cheaper after the orders (the latest price is not the price paid).
INSERT INTO price_history VALUES
  (3, '2024-01-01 00:00:00', 900),
  (3, '2024-09-01 00:00:00', 700),
  (4, '2024-02-01 00:00:00', 100),
  (4, '2024-04-01 00:00:00', 150);
INSERT INTO order_lines VALUES
  (21, 3, '2024-03-15 10:00:00', 1),
  (22, 4, '2024-03-15 10:00:00', 10),
  (23, 4, '2024-01-15 10:00:00', 2),
  (24, 3, '2024-08-31 23:59:59', 2),
  (25, 4, '2024-04-01 00:00:01', 1);
