-- Orders with no region form the 'ZZ' group. A region where every discount is NULL averages 0.0,
-- not NULL. Coupons repeat within a region and across regions.
INSERT INTO orders VALUES
  (10, NULL,   'SHIPPED',   30,   'A'),
  (11, NULL,   NULL,        NULL, 'A'),
  (12, NULL,   'CANCELLED', NULL, 'B'),
  (13, 'east', 'SHIPPED',   NULL, NULL),
  (14, 'east', 'RETURNED',  NULL, 'A'),
  (15, 'west', 'CANCELLED', 10,   NULL);
