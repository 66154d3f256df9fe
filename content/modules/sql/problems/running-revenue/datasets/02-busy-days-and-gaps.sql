-- Several orders on one date (three on 02-27, two on 03-01); gaps of one day, several days and
-- across a month end (the leap day 02-29 and 03-02 have no orders). Late-entered orders: order
-- ids do not follow dates, so a result in order_id order is not in date order. Amounts differ on
-- each busy day, so taking any single order's amount for the day shows.
INSERT INTO orders VALUES
  (101, '2024-03-01', 4000),
  (102, '2024-02-26',  500),
  (103, '2024-02-27', 1000),
  (104, '2024-03-03',  700),
  (105, '2024-02-27', 2000),
  (106, '2024-03-01',  250),
  (107, '2024-02-27',  300),
  (108, '2024-03-10', 9900),
  (109, '2024-02-20', 1100);
