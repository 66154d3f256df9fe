-- Order 10's header says 5500 (a 500 fee) while its lines add to 5000: the lines win. Customer 21
-- has three single-line orders and a header-only order; customer 22 only header-only orders.
INSERT INTO fact_orders_mixed VALUES
  (10, 10, NULL, 20, 5500),
  (11, 10, 1,    20, 2000),
  (12, 10, 2,    20, 3000),
  (13, 11, 1,    21,  100),
  (14, 12, 1,    21,  200),
  (15, 13, 1,    21,  300),
  (16, 14, NULL, 21,  400),
  (17, 15, NULL, 22,  700),
  (18, 16, NULL, 22,  700);
