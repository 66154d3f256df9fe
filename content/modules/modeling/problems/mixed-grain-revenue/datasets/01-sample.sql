-- The sample: order 1 has a header (3000) and two lines (1000 + 2000) — counted once, 3000.
-- Order 2 has only a header; order 3 only a line.
INSERT INTO fact_orders_mixed VALUES
  (1, 1, NULL, 7, 3000),
  (2, 1, 1,    7, 1000),
  (3, 1, 2,    7, 2000),
  (4, 2, NULL, 7,  500),
  (5, 3, 1,    8,  900);
