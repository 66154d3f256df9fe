-- Guest checkouts: two orders have a NULL customer_id, so `NOT IN (SELECT customer_id FROM orders)`
-- is never true and returns no rows. A customer with a NULL name has no orders (must be returned
-- with its NULL name), and another NULL-named customer has ordered (must not be returned).
INSERT INTO customers VALUES
  (10, 'Farah Haddad'),
  (11, NULL),
  (12, 'Goran Petrov'),
  (13, NULL),
  (14, 'Hana Sato');
INSERT INTO orders VALUES
  (201, 10,   3000),
  (202, NULL, 1500),
  (203, 13,    990),
  (204, NULL, 7200),
  (205, 10,    450);
