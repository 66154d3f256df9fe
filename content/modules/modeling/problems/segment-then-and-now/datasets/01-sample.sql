-- The sample: customer 1 was 'smb' (sk 10) and is now 'enterprise' (sk 11). Its old order counts
-- under 'smb' then and 'enterprise' now. Customer 2 never changed.
INSERT INTO dim_customer VALUES
  (10, 1, 'smb',        0),
  (11, 1, 'enterprise', 1),
  (20, 2, 'smb',        1);
INSERT INTO fact_orders VALUES
  (1, 10, 1000),
  (2, 11, 5000),
  (3, 20,  300);
