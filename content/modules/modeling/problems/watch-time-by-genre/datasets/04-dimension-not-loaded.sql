-- The title dimension has not been loaded yet at all (dim_title is empty): every play still
-- counts, all under 'Unknown', per year and month. An inner join returns nothing here.
INSERT INTO dim_date VALUES
  (7001, '2024-05-31', 2024, 5),
  (7002, '2024-06-01', 2024, 6),
  (7003, '2024-06-30', 2024, 6);
INSERT INTO fact_plays VALUES
  (1, 7001, 5, 120),
  (2, 7002, 5, 300),
  (3, 7003, 6, 900),
  (4, 7001, 6,  60);
