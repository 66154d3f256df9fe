-- The sample: three promotions in store 1 on one day. Product 10 sold 3, product 11 never sold,
-- product 12 sold one and had it returned (net 0). A sale of an unpromoted product is irrelevant.
INSERT INTO fact_promo_coverage VALUES
  ('2024-09-02', 1, 10), ('2024-09-02', 1, 11), ('2024-09-02', 1, 12);
INSERT INTO fact_sales VALUES
  (1, '2024-09-02', 1, 10,  2),
  (2, '2024-09-02', 1, 10,  1),
  (3, '2024-09-02', 1, 12,  1),
  (4, '2024-09-02', 1, 12, -1),
  (5, '2024-09-02', 1, 99,  5);
