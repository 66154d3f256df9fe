-- An order with four lines and no header, another with three lines and a header that agrees, and a
-- header-only order of the same customer. Counting rows would give 9 orders; there are 3.
INSERT INTO fact_orders_mixed VALUES
  (30, 40, 1,    50, 10),
  (31, 40, 2,    50, 20),
  (32, 40, 3,    50, 30),
  (33, 40, 4,    50, 40),
  (34, 41, NULL, 50, 600),
  (35, 41, 1,    50, 100),
  (36, 41, 2,    50, 200),
  (37, 41, 3,    50, 300),
  (38, 42, NULL, 50, 5);
