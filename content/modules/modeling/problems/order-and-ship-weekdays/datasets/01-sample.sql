-- The sample: keys look like YYYYMMDD but are only surrogates. Two Monday orders shipped on
-- Tuesday (one delivered after 3 days, one after 5: average 4.0), one Wednesday order not shipped.
INSERT INTO dim_date VALUES
  (20240603, '2024-06-03', 'Monday'),
  (20240604, '2024-06-04', 'Tuesday'),
  (20240605, '2024-06-05', 'Wednesday'),
  (20240606, '2024-06-06', 'Thursday'),
  (20240608, '2024-06-08', 'Saturday');
INSERT INTO fact_fulfillment VALUES
  (1, 20240603, 20240604, 20240606, 4000),
  (2, 20240603, 20240604, 20240608, 6000),
  (3, 20240605, NULL,     NULL,     1500);
