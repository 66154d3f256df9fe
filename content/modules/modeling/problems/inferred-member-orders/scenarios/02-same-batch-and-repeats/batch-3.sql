-- The orders of batch-1 are delivered again, one with a corrected amount (still skipped), next to
-- the CRM records of 7 and 9: both inferred members are filled in place.
INSERT INTO stg_customer (customer_id, name, segment) VALUES
  (9, 'Gus', 'retail'),
  (7, 'Hana','retail');
INSERT INTO stg_orders (order_id, customer_id, amount_cents) VALUES
  (2, 9, 100),
  (3, 8, 250),
  (4, 6, 450),
  (5, 6, 800);
