-- No orders at all: every target row is unexpected.
INSERT INTO restaurant_revenue VALUES (5, 100), (6, NULL);
