-- Edge sizes. Every registered customer has ordered, and the only other orders are guest
-- checkouts: the answer is empty. (Customers 30-32; orders include a NULL customer_id.)
INSERT INTO customers VALUES
  (30, 'Lena Vogt'),
  (31, NULL),
  (32, 'Marek Nowak');
INSERT INTO orders VALUES
  (401, 30,   1000),
  (402, 31,    250),
  (403, 32,   5000),
  (404, NULL,  700);
