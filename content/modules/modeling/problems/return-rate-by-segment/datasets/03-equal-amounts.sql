-- Equal amounts on different orders and returns (SUM(DISTINCT) collapses them) and a rate that is
-- not a whole number: 2 returns on 3 orders.
INSERT INTO dim_customer VALUES (1, 'online'), (2, 'online'), (3, 'store');
INSERT INTO fact_orders VALUES
  (1, 1, 1000), (2, 1, 1000), (3, 2, 1000), (4, 3, 400);
INSERT INTO fact_returns VALUES
  (1, 1, 500), (2, 2, 500), (3, 3, 400);
