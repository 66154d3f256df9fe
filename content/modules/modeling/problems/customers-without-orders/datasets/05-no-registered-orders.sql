-- Only guest checkouts exist: no registered customer has ordered, so every customer is returned,
-- including one with a NULL name. NOT IN returns nothing here; an anti-join returns all three.
INSERT INTO customers VALUES
  (40, 'Nora Quist'),
  (41, NULL),
  (42, 'Omar Saleh');
INSERT INTO orders VALUES
  (501, NULL, 1200),
  (502, NULL,  300);
