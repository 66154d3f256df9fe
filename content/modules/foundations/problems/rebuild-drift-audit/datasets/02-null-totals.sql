-- NULL totals: on a restaurant with orders (a mismatch, not a missing row) and on one without
-- (unexpected, with a NULL actual). A zero expected total matched by 0 is fine; a refund makes
-- a negative total.
INSERT INTO orders VALUES
  (1, 10, 500),
  (2, 11, 300), (3, 11, -300),
  (4, 12, 200), (5, 12, -450),
  (6, 13, 100);
INSERT INTO restaurant_revenue VALUES
  (10, NULL),
  (11, 0),
  (12, -250),
  (13, 0),
  (14, NULL),
  (15, 0);
