-- Product 20 sold on the promotion day, but in another store; product 21 sold in the right store
-- but the day before. Neither counts for the promotion. Product 22 had more returns than sales
-- (net -1). Output order is by day, then store, then product.
INSERT INTO fact_promo_coverage VALUES
  ('2024-09-03', 2, 21), ('2024-09-03', 2, 20), ('2024-09-03', 1, 22), ('2024-09-01', 3, 20);
INSERT INTO fact_sales VALUES
  (10, '2024-09-03', 5, 20, 4),
  (11, '2024-09-02', 2, 21, 2),
  (12, '2024-09-03', 1, 22, 1),
  (13, '2024-09-03', 1, 22, -2),
  (14, '2024-09-01', 3, 20, 1);
