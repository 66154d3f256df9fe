-- One of each: restaurant 2 drifted, 3 was never created, 9 should not exist; 1 is right.
INSERT INTO orders VALUES
  (1, 1, 1500), (2, 1, 2500),
  (3, 2, 1000), (4, 2,  700),
  (5, 3,  900);
INSERT INTO restaurant_revenue VALUES
  (1, 4000),
  (2, 2400),
  (9,  300);
