-- Several customers, orders with 1 to 4 lines, a free item (price 0) and equal goods totals on
-- different orders (SUM(DISTINCT) of line values also breaks here).
INSERT INTO orders VALUES
  (31, 7, 600),
  (32, 7, 600),
  (33, 8, 250),
  (34, 9,   0),
  (35, 9, 1200);
INSERT INTO order_lines VALUES
  (31, 1, 'Chair', 2, 3500),
  (31, 2, 'Cushion', 2, 900),
  (31, 3, 'Sticker', 1, 0),
  (31, 4, 'Glides', 4, 150),
  (32, 1, 'Chair', 2, 3500),
  (33, 1, 'Desk', 1, 12000),
  (33, 2, 'Lamp', 1, 4000),
  (34, 1, 'Cable', 3, 700),
  (35, 1, 'Cable', 3, 700),
  (35, 2, 'Hub', 1, 2900);
