-- Two orders of customer 5 carry the same shipping fee (SUM(DISTINCT) collapses them); order 23
-- has no lines yet (an inner join loses it); customer 6 has only a line-less order (goods 0).
INSERT INTO orders VALUES
  (21, 5, 450),
  (22, 5, 450),
  (23, 5, 700),
  (24, 6, 990);
INSERT INTO order_lines VALUES
  (21, 1, 'Lamp',  1, 4000),
  (21, 2, 'Bulb',  4,  250),
  (21, 3, 'Shade', 1, 1500),
  (22, 1, 'Bulb',  2,  250);
