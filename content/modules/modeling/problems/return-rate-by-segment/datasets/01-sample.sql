-- The sample: customer 1 (retail) has two orders and two returns — joined row to row they would
-- make four rows. Customer 2 (retail) has one order, customer 3 (business) one order, no returns.
INSERT INTO dim_customer VALUES (1, 'retail'), (2, 'retail'), (3, 'business');
INSERT INTO fact_orders VALUES
  (10, 1, 5000), (11, 1, 3000), (12, 2, 2000), (13, 3, 90000);
INSERT INTO fact_returns VALUES
  (50, 1, 1000), (51, 1, 3000);
