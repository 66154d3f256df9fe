-- Everyone left 'trial': it has revenue then and none now (0). 'partner' is new: revenue now only.
-- Customer 3 has three versions and an order on each; joining on customer_id alone repeats each
-- order three times.
INSERT INTO dim_customer VALUES
  (30, 3, 'trial',   0),
  (31, 3, 'smb',     0),
  (32, 3, 'partner', 1),
  (40, 4, 'trial',   0),
  (41, 4, 'smb',     1);
INSERT INTO fact_orders VALUES
  (10, 30, 100),
  (11, 31, 200),
  (12, 32, 400),
  (13, 40, 800),
  (14, 40, 1600);
