-- The sample: five customers, two of whom never ordered; one customer ordered twice. Every order
-- here belongs to a registered customer (no guest checkouts in the sample).
INSERT INTO customers VALUES
  (1, 'Amara Osei'),
  (2, 'Bruno Falk'),
  (3, 'Chen Wei'),
  (4, 'Dana Ruiz'),
  (5, 'Eli Novak');
INSERT INTO orders VALUES
  (101, 1, 2500),
  (102, 3, 1299),
  (103, 1,  800),
  (104, 4, 4150);
