-- An order placed on 28 Feb 2024 and delivered on 1 Mar (2 days in a leap year; the keys differ by
-- 73). The Wednesday->Thursday group mixes a delivered and a shipped-but-undelivered order: the
-- average is over the delivered one only. A Friday order shipped but not delivered: NULL average.
INSERT INTO dim_date VALUES
  (20240228, '2024-02-28', 'Wednesday'),
  (20240229, '2024-02-29', 'Thursday'),
  (20240301, '2024-03-01', 'Friday'),
  (20240302, '2024-03-02', 'Saturday'),
  (20240304, '2024-03-04', 'Monday');
INSERT INTO fact_fulfillment VALUES
  (10, 20240228, 20240229, 20240301, 2500),
  (11, 20240228, 20240229, NULL,     3500),
  (12, 20240301, 20240302, NULL,      900),
  (13, 20240301, 20240304, 20240304, 1200),
  (14, 20240228, NULL,     NULL,      100);
