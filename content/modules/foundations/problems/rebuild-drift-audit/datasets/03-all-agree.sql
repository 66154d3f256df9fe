-- The increment matches the rebuild: no rows.
INSERT INTO orders VALUES (1, 1, 100), (2, 2, 200), (3, 2, 50);
INSERT INTO restaurant_revenue VALUES (1, 100), (2, 250);
