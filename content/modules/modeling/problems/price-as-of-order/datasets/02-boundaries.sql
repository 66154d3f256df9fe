-- Line 11 is placed exactly when a new price starts (it pays the new price); line 12 one second
-- earlier (the old price). Line 13 predates the product's first price and line 14's product has no
-- price at all: both NULL. Product 2 changes price three times.
INSERT INTO price_history VALUES
  (2, '2024-05-01 00:00:00', 500),
  (2, '2024-05-10 08:00:00', 450),
  (2, '2024-05-20 00:00:00', 480),
  (2, '2024-06-01 00:00:00', 520);
INSERT INTO order_lines VALUES
  (11, 2, '2024-05-10 08:00:00', 3),
  (12, 2, '2024-05-10 07:59:59', 1),
  (13, 2, '2024-04-30 23:59:59', 2),
  (14, 9, '2024-05-15 10:00:00', 1),
  (15, 2, '2024-05-25 00:00:00', 4),
  (16, 2, '2024-07-01 00:00:00', 1);
