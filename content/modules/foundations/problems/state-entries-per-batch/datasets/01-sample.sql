-- The lesson's three micro-batches: 9 orders, 4 restaurants. Batch 2 adds rows but no restaurant.
INSERT INTO batches VALUES (1), (2), (3);
INSERT INTO stream_events VALUES
  (1, 1, 2, 100, 1500),
  (2, 1, 1, 101, 2200),
  (3, 1, 2, 102,  900),
  (4, 1, 3, 100, 3100),
  (5, 2, 1, 103, 1800),
  (6, 2, 1, 104, 2500),
  (7, 2, 1, 101,  700),
  (8, 3, 3, 105, 1200),
  (9, 3, 4, 106, 4000);
