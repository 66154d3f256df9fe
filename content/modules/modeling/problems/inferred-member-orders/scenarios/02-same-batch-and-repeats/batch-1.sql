-- Customer 6 orders twice in this batch (one inferred member, not two); customer 8 arrives from the
-- CRM in the same batch as its first order (a real member at once, keyed before the inferred ones);
-- customer 9 orders and is unknown too. Customer 5 changes segment.
INSERT INTO stg_customer (customer_id, name, segment) VALUES
  (8, 'Finn', 'business'),
  (5, 'Eve',  'business');
INSERT INTO stg_orders (order_id, customer_id, amount_cents) VALUES
  (2, 9, 100),
  (3, 8, 250),
  (4, 6, 400),
  (5, 6, 800);
