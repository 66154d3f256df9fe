-- The sample: customer 1 has a two-line order (shipping 500 must count once) and a one-line order;
-- customer 2 has one order of one line with free shipping.
INSERT INTO orders VALUES
  (10, 1, 500),
  (11, 1, 300),
  (12, 2,   0);
INSERT INTO order_lines VALUES
  (10, 1, 'Kettle',  1, 2500),
  (10, 2, 'Filters', 3,  400),
  (11, 1, 'Mug',     2,  800),
  (12, 1, 'Teapot',  1, 3000);
