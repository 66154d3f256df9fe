-- The sample: product 1 costs 1000 from 1 January and 1200 from 1 March. A February order pays
-- 1000 (not today's 1200); a March order pays 1200.
INSERT INTO price_history VALUES
  (1, '2024-01-01 00:00:00', 1000),
  (1, '2024-03-01 00:00:00', 1200);
INSERT INTO order_lines VALUES
  (1, 1, '2024-02-10 12:00:00', 2),
  (2, 1, '2024-03-05 09:30:00', 1);
