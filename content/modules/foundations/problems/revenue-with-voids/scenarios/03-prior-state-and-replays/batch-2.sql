-- Order 4's old void delivered again; a new order at restaurant 2.
INSERT INTO order_events (event_id, op, order_id, restaurant_id, amount_cents) VALUES
  (53, 'void',  4, NULL, NULL),
  (54, 'place', 10, 2, 450);
-- Order 3 placed again with other values, twice in one batch: the first delivery (the ledger's) stands.
INSERT INTO order_events (event_id, op, order_id, restaurant_id, amount_cents) VALUES
  (56, 'place', 3, 2, 9999),
  (55, 'place', 3, 4, 1);
