-- The sample: one order in each case for region 'north' — a NULL status (not cancelled), a NULL
-- discount (counts as 0 in the average: (100 + 0 + 200) / 3 = 100.0), a repeated coupon.
INSERT INTO orders VALUES
  (1, 'north', 'SHIPPED',   100,  'SPRING'),
  (2, 'north', NULL,        NULL, 'SPRING'),
  (3, 'north', 'CANCELLED', 200,  NULL),
  (4, 'south', 'SHIPPED',   50,   'WELCOME');
