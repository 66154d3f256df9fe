-- Keys 1..8 in no date order: only the dimension knows the dates. Orders shipped the same day they
-- were placed, a 7-day delivery, and an average that needs rounding (1, 2 and 2 days -> 1.67).
INSERT INTO dim_date VALUES
  (7, '2024-07-01', 'Monday'),
  (3, '2024-07-02', 'Tuesday'),
  (5, '2024-07-03', 'Wednesday'),
  (1, '2024-07-04', 'Thursday'),
  (8, '2024-07-05', 'Friday'),
  (2, '2024-07-08', 'Monday');
INSERT INTO fact_fulfillment VALUES
  (20, 7, 7, 3, 1000),
  (21, 7, 7, 5, 2000),
  (22, 7, 7, 5, 3000),
  (23, 5, 1, 2, 4000),
  (24, 8, 2, NULL, 500),
  (25, 8, NULL, NULL, 700),
  (26, 7, 3, 2, 800);
