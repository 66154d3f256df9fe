-- Customer 5 went smb -> enterprise -> smb: its current segment equals its first one. Customer 6
-- has a version with no orders. Orders with equal amounts in different segments.
INSERT INTO dim_customer VALUES
  (50, 5, 'smb',        0),
  (51, 5, 'enterprise', 0),
  (52, 5, 'smb',        1),
  (60, 6, 'enterprise', 0),
  (61, 6, 'mid',        1);
INSERT INTO fact_orders VALUES
  (20, 50, 700),
  (21, 51, 700),
  (22, 52, 700),
  (23, 61, 250);
