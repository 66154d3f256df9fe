-- Store 1 / product 23 and store 12 / product 3 concatenate to the same text '2024-09-05123':
-- only store 12's promotion sold. Several days and stores, nothing sold in store 1.
INSERT INTO fact_promo_coverage VALUES
  ('2024-09-05', 1, 23), ('2024-09-05', 12, 3),
  ('2024-09-04', 12, 3), ('2024-09-06', 1, 23);
INSERT INTO fact_sales VALUES
  (20, '2024-09-05', 12, 3, 6),
  (21, '2024-09-06', 1, 23, 1);
