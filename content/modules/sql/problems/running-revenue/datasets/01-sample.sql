-- The sample: two orders on the first date, then one order per date, with a missing day
-- (2024-01-04) between two dates that have orders.
INSERT INTO orders VALUES
  (1, '2024-01-02', 1500),
  (2, '2024-01-02', 2500),
  (3, '2024-01-03', 1200),
  (4, '2024-01-05', 3000),
  (5, '2024-01-06',  800);
