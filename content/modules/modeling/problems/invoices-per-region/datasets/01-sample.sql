-- The sample: one store per region. Store 1's invoice 1 has three lines, invoice 2 one line; the
-- average invoice is 1000, not the average line (500).
INSERT INTO dim_store VALUES (1, 'north'), (2, 'south');
INSERT INTO fact_sales_line VALUES
  (1, 1, 1, 300), (2, 1, 1, 500), (3, 1, 1, 700),
  (4, 1, 2, 500),
  (5, 2, 1, 250);
