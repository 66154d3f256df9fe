-- Orders that exist but bring no money: a free order (0 cents) and an order cancelled out by a
-- refund (+1800, -1800). Those customers DID place orders. Two customers share a name (one has
-- ordered, one has not), two NULL-named customers have no orders, and one guest order is present.
INSERT INTO customers VALUES
  (20, 'Sam Lee'),
  (21, 'Sam Lee'),
  (22, 'Ines Duarte'),
  (23, 'Jon Berg'),
  (24, NULL),
  (25, NULL),
  (26, 'Kofi Mensah');
INSERT INTO orders VALUES
  (301, 20,      0),
  (302, 22,   1800),
  (303, 22,  -1800),
  (304, NULL,  600),
  (305, 26,   2100);
