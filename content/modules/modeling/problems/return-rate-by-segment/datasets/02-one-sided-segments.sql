-- 'outlet' has returns but no orders (rate NULL); 'vip' has orders but no returns (0 and 0);
-- 'staff' has customers but no activity at all (absent). Customer 5 has 3 orders and 2 returns.
INSERT INTO dim_customer VALUES
  (4, 'vip'), (5, 'retail'), (6, 'outlet'), (7, 'staff'), (8, 'retail');
INSERT INTO fact_orders VALUES
  (20, 4, 12000), (21, 4, 8000),
  (22, 5, 1500), (23, 5, 2500), (24, 5, 1000),
  (25, 8, 700);
INSERT INTO fact_returns VALUES
  (60, 5, 1500), (61, 5, 1000),
  (62, 6, 400);
